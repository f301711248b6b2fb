import { api, encode } from '../api.js';
import { h, latin, outletName, publishedDay, render } from '../dom.js';

const PAGE = 50;

export async function documentsView(params) {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const filter = {
    entity: params.get('entity') ?? undefined,
    source: params.get('source') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const { total, docs } = await api('documents', { ...filter, limit: PAGE, offset });
  const next = new URLSearchParams(
    Object.entries({ ...filter, offset: offset + PAGE }).filter(([, v]) => v !== undefined),
  );
  render(
    h('h1', {}, 'المقالات ', latin('Articles')),
    h(
      'p',
      { class: 'muted' },
      `${total} `,
      latin('articles'),
      filter.entity ? [' · ', latin(`entity ${filter.entity}`)] : null,
    ),
    h(
      'ul',
      { class: 'doc-list' },
      docs.map((d) =>
        h(
          'li',
          {},
          h('a', { href: `#/doc/${encode(d.id)}` }, d.title || d.id),
          ' ',
          h('span', { class: 'meta' }, outletName(d.outlet), ' · ', publishedDay(d.published)),
        ),
      ),
    ),
    offset + PAGE < total
      ? h('a', { href: `#/documents?${next}`, class: 'more' }, 'المزيد ', latin('More'))
      : null,
  );
}
