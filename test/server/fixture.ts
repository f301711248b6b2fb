/** A small store analyzed by the real pipeline, for the API and browser tests; one article holds markup. */
import { contentHash } from '../../src/cli/commands/build.js';
import { newDoc, readJsonl } from '../../src/io/read-inputs.js';
import { runStages } from '../../src/pipeline/index.js';
import type { Store } from '../../src/store/store.js';

export const HOSTILE_TITLE = 'عنوان <script>window.__pwned = 1</script>';
export const HOSTILE_TEXT =
  'نص فيه <img src=x onerror="window.__pwned = 1"> و<script>window.__pwned = 2</script> وسط الكلام عن أستانة.';

const ARTICLES = [
  {
    title: 'انطلاق محادثات أستانة',
    text: 'انطلقت محادثات السلام في الأستانة يوم الاثنين 23 كانون الثاني 2017 بمشاركة وفد من روسيا ووفد من تركيا. وقال ستيفان دي ميستورا إن المحادثات مهمة.',
    published: '2017-01-23',
    source: 'Outlet A',
  },
  {
    title: 'جولة جديدة في استانا',
    text: 'وصل وفد المعارضة إلى استانا أمس لبدء جولة جديدة من المحادثات مع وفد روسيا. وأكد دي ميستورا حضوره.',
    published: '2017-05-03',
    source: 'Outlet B',
  },
  {
    title: 'خبر عن جنيف',
    text: 'تستضيف جنيف اجتماعا حول سوريا في الأسبوع المقبل.',
    published: '2017-06-10',
    source: 'Outlet B',
  },
  { title: HOSTILE_TITLE, text: HOSTILE_TEXT, published: '2017-07-01', source: 'Outlet C' },
];

/** A web page whose text (escaped in the HTML) holds markup, and which carries a real script too. */
export const HOSTILE_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة فيها &lt;script&gt;</title>
<script>window.__pwned = 3</script></head><body><article><h1>صفحة فيها &lt;script&gt;</h1>
<p>قال المحرر إن النص يحمل &lt;script&gt;window.__pwned = 4&lt;/script&gt; وصورة &lt;img src=x onerror="window.__pwned = 5"&gt; في وسط الكلام عن المحادثات في جنيف يوم الثلاثاء.</p>
<p>وأضاف أن الفقرة الثانية من المقال تتحدث عن الاجتماع المقبل بين الوفود في العاصمة السويسرية وعن جدول الأعمال.</p>
<p>وختم بأن الفقرة الثالثة تذكر أن المحادثات ستستمر أسبوعا كاملا قبل أن يعود الوفدان إلى بلديهما.</p></article></body></html>`;

export function fillStore(store: Store): Store {
  const jsonl = ARTICLES.map((a) => JSON.stringify(a)).join('\n');
  const docs = [
    ...readJsonl('fixture.jsonl', jsonl, []),
    newDoc('hostile-page.html', { raw: Buffer.from(HOSTILE_PAGE) }),
  ];
  for (const doc of docs) runStages(doc, {});
  store.addAll(docs.filter((d) => !d.rejected).map((doc) => ({ contentHash: contentHash(doc), doc })));
  return store;
}
