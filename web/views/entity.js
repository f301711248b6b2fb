import { api, encode } from '../api.js';
import { h, latin, markSpans, render } from '../dom.js';
import { TYPE_LABELS } from './entities.js';

function mentionItem(m) {
  const context = markSpans(m.context.text, [
    { start: m.context.mentionStart, end: m.context.mentionEnd, make: (t) => h('mark', {}, t) },
  ]);
  return h(
    'li',
    { class: 'mention' },
    h(
      'div',
      { class: 'mention-head' },
      h('a', { href: `#/doc/${encode(m.doc)}` }, m.title || m.doc),
      ' ',
      h('span', { class: 'date', dir: 'ltr' }, m.published ?? ''),
    ),
    h('p', { class: 'context' }, m.context.start > 0 ? '… ' : '', context, ' …'),
  );
}

export async function entityView(id) {
  const { entity, mentions, cooccurring } = await api(`entities/${encode(id)}`);
  const [typeAr, typeEn] = TYPE_LABELS[entity.type] ?? ['', entity.type];
  render(
    h(
      'article',
      { class: 'entity-page' },
      h('h1', { class: `ent-${entity.type}` }, entity.name),
      h('p', { class: 'latin-name', dir: 'ltr', lang: 'en' }, entity.latin),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'النوع ', latin('Type')),
        h('dd', {}, `${typeAr} `, latin(typeEn)),
        h('dt', {}, 'الصيغ ', latin('Variants')),
        h(
          'dd',
          {},
          h(
            'ul',
            { class: 'chips' },
            entity.variants.map((v) => h('li', { class: 'chip' }, v)),
          ),
        ),
        h('dt', {}, 'الذكر ', latin('Mentions')),
        h(
          'dd',
          {},
          `${entity.mentionCount} في ${entity.docCount} مقال `,
          latin(`${entity.mentionCount} in ${entity.docCount} articles`),
        ),
      ),
      h(
        'section',
        {},
        h('h2', {}, 'كيانات مرتبطة ', latin('Co-occurring')),
        cooccurring.length === 0
          ? h('p', { class: 'muted' }, '—')
          : h(
              'ul',
              { class: 'chips' },
              cooccurring.map((c) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    { class: `chip ent-${c.type}`, href: `#/entity/${encode(c.id)}`, title: c.latin },
                    c.name,
                    ' ',
                    h('span', { class: 'count' }, String(c.docs)),
                  ),
                ),
              ),
            ),
      ),
      h(
        'section',
        {},
        h('h2', {}, 'الذكر في السياق ', latin('Mentions in context')),
        h('ul', { class: 'mentions' }, mentions.map(mentionItem)),
        h(
          'p',
          {},
          h(
            'a',
            { href: `#/documents?entity=${encode(entity.id)}` },
            'مقالات تذكره ',
            latin('Articles mentioning it'),
          ),
        ),
      ),
    ),
  );
}
