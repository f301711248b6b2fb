import { api, encode } from '../api.js';
import { distinctSentences, h, latin, markSpans, render } from '../dom.js';
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

const ROLE = { place: ['المكان', 'place'], participant: ['مشارك', 'participant'] };

/** An event the entity takes part in: date, label, its role, and a link to each sentence that tells it. */
function eventItem(e) {
  const [roleAr, roleEn] = ROLE[e.role] ?? ['', e.role];
  const dated = e.date.end && e.date.end !== e.date.start ? `${e.date.start} – ${e.date.end}` : e.date.start;
  return h(
    'li',
    { class: 'entity-event', 'data-event': e.id },
    h('span', { class: 'date', dir: 'ltr' }, dated),
    ' ',
    h('strong', {}, e.label),
    ' ',
    latin(e.labelLatin),
    ' ',
    h('span', { class: 'role' }, `(${roleAr} `, latin(roleEn), ')'),
    h(
      'ul',
      { class: 'evidence' },
      distinctSentences(e.mentions)
        .slice(0, 3)
        .map((m) =>
          h(
            'li',
            {},
            h(
              'a',
              {
                href: `#/doc/${encode(m.doc)}?${new URLSearchParams({ event: e.id })}`,
                class: 'sentence-link',
              },
              h('q', {}, m.sentence),
            ),
          ),
        ),
    ),
  );
}

function eventsSection(entityId, events) {
  return h(
    'section',
    { class: 'entity-events' },
    h('h2', {}, 'الأحداث ', latin('Events')),
    events.length === 0
      ? h('p', { class: 'muted' }, '—')
      : [
          h('ol', { class: 'events' }, events.map(eventItem)),
          h(
            'p',
            {},
            h(
              'a',
              { class: 'on-timeline', href: `#/?${new URLSearchParams({ entity: entityId })}` },
              'أحداثه على الخط الزمني ',
              latin('Its events on the timeline'),
            ),
          ),
        ],
  );
}

export async function entityView(id) {
  const { entity, mentions, cooccurring, events = [] } = await api(`entities/${encode(id)}`);
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
          `${entity.mentionCount} · المقالات: ${entity.docCount} `,
          latin(`${entity.mentionCount} in ${entity.docCount} articles`),
        ),
      ),
      eventsSection(entity.id, events),
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
        mentions.length < entity.mentionCount
          ? h(
              'p',
              { class: 'muted' },
              `أول ${mentions.length} من ${entity.mentionCount} `,
              latin(`the first ${mentions.length} of ${entity.mentionCount}`),
            )
          : null,
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
