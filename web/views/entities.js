import { api, encode } from '../api.js';
import { h, latin, render } from '../dom.js';

export const TYPE_LABELS = {
  PER: ['أشخاص', 'People'],
  ORG: ['منظمات', 'Organizations'],
  LOC: ['أماكن', 'Places'],
  MISC: ['أخرى', 'Other'],
};

/** One entity's type in the singular, Arabic first: the table's column. */
const TYPE_ONE = { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' };

const PAGE = 200;

/** The name filter: a word of the name, a variant or the Latin form; the chosen type is kept. */
function nameForm(params) {
  const q = h('input', { type: 'search', name: 'q', placeholder: 'اسم أو صيغة… Name', 'aria-label': 'Name' });
  q.value = params.get('q') ?? '';
  const form = h(
    'form',
    { class: 'search-form entity-filter', role: 'search' },
    q,
    h('button', {}, 'تصفية ', latin('Filter')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams({
      ...(params.get('type') ? { type: params.get('type') } : {}),
      q: q.value,
    });
    if (!q.value) next.delete('q');
    location.hash = `#/entities${next.size ? `?${next}` : ''}`;
  });
  return form;
}

/** «1–200 of 719» and a link to the next page, when the list goes on. */
function pager(params, offset, shown, total) {
  if (total <= shown && offset === 0) return null;
  const next = new URLSearchParams(params);
  next.set('offset', String(offset + PAGE));
  return h(
    'p',
    { class: 'pager' },
    latin(`${offset + 1}–${offset + shown} of ${total}`),
    offset + shown < total
      ? [' ', h('a', { href: `#/entities?${next}`, class: 'more' }, 'التالي ', latin('Next'))]
      : null,
  );
}

export async function entitiesView(params) {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const { total, entities } = await api('entities', {
    type: params.get('type') ?? undefined,
    q: params.get('q') ?? undefined,
    limit: PAGE,
    offset,
  });
  const filters = h(
    'nav',
    { class: 'tabs' },
    h('a', { href: '#/entities' }, 'الكل ', latin('All')),
    Object.entries(TYPE_LABELS).map(([type, [ar, en]]) =>
      h(
        'a',
        { href: `#/entities?type=${type}`, class: params.get('type') === type ? 'active' : undefined },
        `${ar} `,
        latin(en),
      ),
    ),
  );
  render(
    h('h1', {}, 'الكيانات ', latin('Entities')),
    filters,
    nameForm(params),
    h('p', { class: 'muted' }, `الكيانات: ${total} `, latin(`${total} entities`)),
    h(
      'table',
      { class: 'entities' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'الاسم ', latin('Name')),
          h('th', {}, latin('Latin')),
          h('th', {}, 'النوع ', latin('Type')),
          h('th', {}, 'الذكر ', latin('Mentions')),
        ),
      ),
      h(
        'tbody',
        {},
        entities.map((e) =>
          h(
            'tr',
            {},
            h('td', {}, h('a', { href: `#/entity/${encode(e.id)}`, class: `ent-${e.type}` }, e.name)),
            h('td', { dir: 'ltr', lang: 'en' }, e.latin),
            h('td', {}, `${TYPE_ONE[e.type] ?? ''} `, latin(e.type, 'tag')),
            h('td', { class: 'num' }, String(e.mentionCount)),
          ),
        ),
      ),
    ),
    pager(params, offset, entities.length, total),
  );
}
