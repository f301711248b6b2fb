import { api, encode } from '../api.js';
import { dateField } from '../date-field.js';
import { h, highlighted, latin, outletName, publishedDay, render } from '../dom.js';

const FIELDS = [
  ['q', 'search', 'الكلمات', 'Words'],
  ['from', 'date', 'من', 'From'],
  ['to', 'date', 'إلى', 'To'],
  ['source', 'text', 'المصدر', 'Source'],
  ['entity', 'text', 'الكيان', 'Entity'],
];

function searchForm(params) {
  const form = h(
    'form',
    { class: 'search-form', role: 'search', id: 'search-form' },
    FIELDS.map(([name, type, ar, en]) =>
      type === 'date'
        ? dateField(name, `${ar} يوم`, `${en} day`, params.get(name) ?? '').label
        : h(
            'label',
            {},
            h('span', { class: 'label' }, `${ar} `, latin(en)),
            h('input', { type, name, value: params.get(name) ?? '' }),
          ),
    ),
    h('button', { type: 'submit' }, 'ابحث ', latin('Search')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams([...new FormData(form)].filter(([, v]) => v !== ''));
    location.hash = `#/search?${query}`;
  });
  return form;
}

/**
 * Relevance as a share of the best hit's BM25 score: raw scores are near zero when a word is in most of the
 * articles (a story's own topic word), yet their order still holds.
 */
function relevance(hit, best) {
  return best > 0 ? `${Math.round((100 * hit.score) / best)}%` : '—';
}

function hitItem(hit, best) {
  return h(
    'li',
    { class: 'hit' },
    h(
      'a',
      { href: `#/doc/${encode(hit.id)}`, class: 'hit-title' },
      highlighted(hit.title, hit.titleHighlights),
    ),
    h(
      'div',
      { class: 'meta' },
      outletName(hit.outlet),
      ' · ',
      publishedDay(hit.published),
      ' · ',
      latin(`relevance ${relevance(hit, best)}`),
    ),
    h(
      'p',
      { class: 'snippet' },
      hit.snippet.start > 0 ? '… ' : '',
      highlighted(hit.snippet.text, hit.snippet.highlights, hit.snippet.start),
      hit.snippet.more ? ' …' : '',
    ),
  );
}

/** Hits are fetched PAGE at a time; «Show more» asks for the next page (the API gives at most 100). */
const PAGE = 50;

export async function searchView(params) {
  const form = searchForm(params);
  if (!params.get('q')) return render(h('h1', {}, 'البحث ', latin('Search')), form);
  const filter = Object.fromEntries(FIELDS.map(([name]) => [name, params.get(name) ?? undefined]));
  const result = await api('search', { ...filter, limit: PAGE });
  const best = result.hits[0]?.score ?? 0;
  const list = h(
    'ol',
    { class: 'hits' },
    result.hits.map((hit) => hitItem(hit, best)),
  );
  const more = h('button', { type: 'button', class: 'more' }, 'عرض المزيد ', latin('Show more'));
  let shown = result.hits.length;
  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = await api('search', { ...filter, limit: PAGE, offset: shown });
    list.append(...next.hits.map((hit) => hitItem(hit, best)));
    shown += next.hits.length;
    more.disabled = false;
    if (next.hits.length === 0 || shown >= result.total) more.remove();
  });
  const total = `${result.total}${result.totalCapped ? '+' : ''}`;
  render(
    h('h1', {}, 'البحث ', latin('Search')),
    form,
    h('p', { class: 'muted', id: 'result-count' }, `النتائج: ${total} `, latin(`${total} results`)),
    list,
    shown < result.total ? more : null,
  );
}
