import { api, encode } from '../api.js';
import { h, latin, render } from '../dom.js';

export const TYPE_LABELS = {
  PER: ['أشخاص', 'People'],
  ORG: ['منظمات', 'Organizations'],
  LOC: ['أماكن', 'Places'],
  MISC: ['أخرى', 'Other'],
};

export async function entitiesView(params) {
  const { total, entities } = await api('entities', {
    type: params.get('type') ?? undefined,
    q: params.get('q') ?? undefined,
    limit: 500,
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
    h('p', { class: 'muted' }, `${total} `, latin('entities')),
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
            h('td', {}, latin(e.type, 'tag')),
            h('td', { class: 'num' }, String(e.mentionCount)),
          ),
        ),
      ),
    ),
  );
}
