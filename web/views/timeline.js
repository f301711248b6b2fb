import { api, encode } from '../api.js';
import { distinctSentences, h, latin, render } from '../dom.js';

const STATUS_AR = { planned: 'مقرر', ongoing: 'جارٍ', happened: 'حدث', cancelled: 'أُلغي' };
const TYPE_AR = { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' };

function dateLabel(date) {
  return date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
}

function entityLink(entity) {
  return h(
    'a',
    {
      class: `chip ent-${entity.type}`,
      href: `#/entity/${encode(entity.id)}`,
      title: `${TYPE_AR[entity.type] ?? ''} · ${entity.latin}`,
    },
    entity.name,
  );
}

function eventItem(event, entities) {
  const place = event.place ? entities.get(event.place) : undefined;
  const participants = event.participants.map((id) => entities.get(id)).filter(Boolean);
  return h(
    'li',
    { class: 'event', 'data-event': event.id },
    h(
      'div',
      { class: 'event-date' },
      h('span', { dir: 'ltr' }, dateLabel(event.date)),
      event.status
        ? h(
            'span',
            { class: `badge b-${event.status}` },
            STATUS_AR[event.status] ?? '',
            ' ',
            latin(event.status),
          )
        : null,
    ),
    h(
      'div',
      { class: 'event-body' },
      h('h3', {}, event.label, ' ', latin(`${event.labelLatin} · ${event.type}`)),
      h(
        'div',
        { class: 'chips' },
        place ? [h('span', { class: 'muted' }, 'المكان ', latin('place'), ': '), entityLink(place), ' '] : [],
        participants.map(entityLink),
      ),
      h(
        'ul',
        { class: 'evidence' },
        distinctSentences(event.mentions)
          .slice(0, 3)
          .map((m) =>
            h(
              'li',
              {},
              h('q', {}, m.sentence),
              ' ',
              h(
                'a',
                {
                  href: `#/doc/${encode(m.doc)}?${new URLSearchParams({ event: event.id })}`,
                  class: 'source-link',
                },
                'المصدر ',
                latin('source'),
              ),
            ),
          ),
      ),
    ),
  );
}

const PAGE = 200;

/** The events, PAGE at a time: a long story stays quick to open. */
function eventList(events, entities) {
  const list = h('ol', { class: 'timeline' });
  const more = h('button', { type: 'button', class: 'more' }, 'عرض المزيد ', latin('Show more'));
  let shown = 0;
  const showMore = () => {
    list.append(...events.slice(shown, shown + PAGE).map((e) => eventItem(e, entities)));
    shown += PAGE;
    if (shown >= events.length) more.remove();
  };
  more.addEventListener('click', showMore);
  showMore();
  return [list, shown < events.length ? more : null];
}

/** Events recalled from more than a year before the first report, folded away above the story's own. */
function backgroundList(events, entities) {
  if (events.length === 0) return null;
  return h(
    'details',
    { class: 'background' },
    h(
      'summary',
      {},
      `الخلفية: ${events.length} قبل أول تقرير بأكثر من سنة `,
      latin(`Background: ${events.length} earlier ${events.length === 1 ? 'event' : 'events'}`),
    ),
    eventList(events, entities),
  );
}

export async function timelineView() {
  const timeline = await api('timeline');
  const entities = new Map(timeline.entities.map((e) => [e.id, e]));
  const events = [...timeline.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
  const background = events.filter((e) => e.background);
  const main = events.filter((e) => !e.background);
  render(
    h('h1', {}, 'الخط الزمني ', latin('Timeline')),
    h(
      'p',
      { class: 'muted' },
      `الأحداث: ${events.length} · المقالات: ${timeline.documentCount} · `,
      latin(`${events.length} events from ${timeline.documentCount} articles`),
    ),
    events.length === 0
      ? h('p', { class: 'empty' }, 'لا أحداث بعد. ', latin('No events yet.'))
      : [backgroundList(background, entities), eventList(main, entities)],
  );
}
