/** A small store analyzed by the real pipeline, for the API and browser tests; one article holds markup. */
import { contentHash } from '../../src/cli/commands/build.js';
import { readJsonl } from '../../src/io/read-inputs.js';
import { runStages } from '../../src/pipeline/index.js';
import type { Store } from '../../src/store/store.js';

export const HOSTILE_TITLE = 'عنوان <script>window.__pwned = 1</script>';
export const HOSTILE_TEXT = 'نص فيه <img src=x onerror="window.__pwned = 1"> و<script>window.__pwned = 2</script> وسط الكلام عن أستانة.';

const ARTICLES = [
  { title: 'انطلاق محادثات أستانة', text: 'انطلقت محادثات السلام في الأستانة يوم الاثنين 23 كانون الثاني 2017 بمشاركة وفد من روسيا ووفد من تركيا. وقال ستيفان دي ميستورا إن المحادثات مهمة.', published: '2017-01-23', source: 'Outlet A' },
  { title: 'جولة جديدة في استانا', text: 'وصل وفد المعارضة إلى استانا أمس لبدء جولة جديدة من المحادثات مع وفد روسيا. وأكد دي ميستورا حضوره.', published: '2017-05-03', source: 'Outlet B' },
  { title: 'خبر عن جنيف', text: 'تستضيف جنيف اجتماعا حول سوريا في الأسبوع المقبل.', published: '2017-06-10', source: 'Outlet B' },
  { title: HOSTILE_TITLE, text: HOSTILE_TEXT, published: '2017-07-01', source: 'Outlet C' },
];

export function fillStore(store: Store): Store {
  const jsonl = ARTICLES.map((a) => JSON.stringify(a)).join('\n');
  const docs = readJsonl('fixture.jsonl', jsonl, []);
  for (const doc of docs) runStages(doc, {});
  store.addAll(docs.filter((d) => !d.rejected).map((doc) => ({ contentHash: contentHash(doc), doc })));
  return store;
}
