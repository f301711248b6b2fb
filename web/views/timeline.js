import { api, encode } from '../api.js';
import { distinctSentences, h, latin, outletName, render } from '../dom.js';
import { FILTER_KEYS, filterForm, passes, readFilter } from './timeline-filter.js';

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

/** The Latin label, with the type's code only when the label does not already open with it («Attack — Afrin»). */
function latinHeading(event) {
  const said = event.labelLatin.toLowerCase().startsWith(event.type.toLowerCase());
  return said ? event.labelLatin : `${event.labelLatin} · ${event.type}`;
}

/** A link to the sentence in its report, named by the report's outlet and day (its title on hover). */
function sourceLink(docId, eventId, doc) {
  return h(
    'a',
    {
      href: `#/doc/${encode(docId)}?${new URLSearchParams({ event: eventId })}`,
      class: 'source-link',
      title: doc?.title || undefined,
    },
    doc
      ? [
          outletName(doc.outlet, 'outlet'),
          doc.published ? [' · ', h('span', { dir: 'ltr' }, doc.published)] : [],
        ]
      : [],
    doc ? '' : ['المصدر ', latin('source')],
  );
}

function eventItem(event, entities, documents) {
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
      h('h3', {}, event.label, ' ', latin(latinHeading(event))),
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
            h('li', {}, h('q', {}, m.sentence), ' ', sourceLink(m.doc, event.id, documents.get(m.doc))),
          ),
      ),
    ),
  );
}

const PAGE = 200;

/** The events, PAGE at a time: a long story stays quick to open. */
function eventList(events, entities, documents) {
  const list = h('ol', { class: 'timeline' });
  const more = h('button', { type: 'button', class: 'more' }, 'عرض المزيد ', latin('Show more'));
  let shown = 0;
  const showMore = () => {
    list.append(...events.slice(shown, shown + PAGE).map((e) => eventItem(e, entities, documents)));
    shown += PAGE;
    if (shown >= events.length) more.remove();
  };
  more.addEventListener('click', showMore);
  showMore();
  return [list, shown < events.length ? more : null];
}

/** Events recalled from more than a year before the first report, folded away above the story's own. */
function backgroundList(events, entities, documents) {
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
    eventList(events, entities, documents),
  );
}

/** The background fold and the story's own events, for the events that pass the filter. */
function eventSections(events, entities, documents, filtered) {
  if (events.length === 0 && filtered)
    return h('p', { class: 'empty' }, 'لا أحداث تطابق التصفية. ', latin('No event matches the filter.'));
  if (events.length === 0) return h('p', { class: 'empty' }, 'لا أحداث بعد. ', latin('No events yet.'));
  const background = events.filter((e) => e.background);
  const main = events.filter((e) => !e.background);
  return [backgroundList(background, entities, documents), eventList(main, entities, documents)];
}

function countLine(shown, total, documentCount) {
  const filtered = shown < total;
  return [
    filtered ? `الأحداث: ${shown} من ${total}` : `الأحداث: ${total}`,
    ` · المقالات: ${documentCount} · `,
    latin(
      filtered
        ? `${shown} of ${total} events from ${documentCount} articles`
        : `${total} events from ${documentCount} articles`,
    ),
  ];
}

/** Reports without a publication day: their events dated only against it can be missing (said, not hidden). */
function undatedNote(undated, documentCount) {
  if (!undated) return null;
  return h(
    'p',
    { class: 'undated-note' },
    `لا يُعرف يوم نشر ${undated} من ${documentCount} من المقالات: قد تغيب أحداثٌ لا تؤرَّخ إلا به («أمس»، يوم من الأسبوع، يوم بلا سنة). `,
    latin(
      `${undated} of ${documentCount} articles have no publication day: events dated only against it can be missing. Give the days you know: masar build --published-for FILE=YYYY-MM-DD`,
    ),
  );
}

/** The filter written into the address without a new history entry nor a reload. */
function keepInAddress(filter) {
  const query = new URLSearchParams(FILTER_KEYS.filter((k) => filter[k]).map((k) => [k, filter[k]]));
  const hash = `#/${query.size ? `?${query}` : ''}`;
  history.replaceState(null, '', hash);
  document.body.dataset.ready = hash;
}

export async function timelineView(params = new URLSearchParams()) {
  const timeline = await api('timeline');
  const entities = new Map(timeline.entities.map((e) => [e.id, e]));
  const documents = new Map((timeline.documents ?? []).map((d) => [d.id, d]));
  const events = [...timeline.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
  const count = h('p', { class: 'muted timeline-count' });
  const list = h('div', { class: 'timeline-events' });
  const show = (filter) => {
    const shown = events.filter((e) => passes(e, filter));
    count.replaceChildren(...countLine(shown.length, events.length, timeline.documentCount).map(asNode));
    list.replaceChildren(
      ...[eventSections(shown, entities, documents, shown.length < events.length)]
        .flat(Infinity)
        .filter(Boolean),
    );
  };
  const filter = readFilter(params);
  show(filter);
  render(
    h('h1', {}, 'الخط الزمني ', latin('Timeline')),
    count,
    undatedNote(timeline.undatedCount, timeline.documentCount),
    events.length > 0
      ? filterForm(events, entities, filter, (next) => {
          show(next);
          keepInAddress(next);
        })
      : null,
    list,
  );
}

const asNode = (part) => (typeof part === 'string' ? document.createTextNode(part) : part);
