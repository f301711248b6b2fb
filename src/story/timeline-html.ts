import type { TimelineEvent } from '../events/timeline-event.js';
import { asTimelineEvent } from '../events/timeline-event.js';
import type { Story, StoryEntity, StoryEvent } from './schema.js';
import { periodAnchor, periodHeading, periodIndex, periodKey } from './timeline-periods.js';
import { TIMELINE_CSS } from './timeline-style.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STATUS_AR: Record<string, string> = {
  planned: 'مقرر',
  ongoing: 'جارٍ',
  happened: 'حدث',
  cancelled: 'أُلغي',
};
const PRECISION_AR: Record<string, string> = { day: 'باليوم', month: 'بالشهر', year: 'بالسنة' };
const en = (text: string) => `<span lang="en" dir="ltr">${escapeHtml(text)}</span>`;

function names(ids: string[], entities: Map<string, StoryEntity>): string {
  return ids
    .map((id) => entities.get(id))
    .filter((e): e is StoryEntity => e !== undefined)
    .map((e) => `${escapeHtml(e.name)} ${en(`(${e.latin})`)}`)
    .join('، ');
}

/** A report's title, a link to its web address when its source is one (a link loads nothing by itself). */
function sourceTitle(title: string, source: string | undefined): string {
  return source && /^https?:\/\/\S+$/u.test(source)
    ? `<a href="${escapeHtml(source)}" rel="noreferrer">${escapeHtml(title)}</a>`
    : escapeHtml(title);
}

function sourcesOf(e: Partial<TimelineEvent> & StoryEvent, story: Story): string {
  const docs = new Map(story.documents.map((d) => [d.id, d]));
  const ids = e.sources?.map((s) => s.doc) ?? [...new Set(e.mentions.map((m) => m.doc))];
  const items = ids.map((id) => {
    const d = docs.get(id);
    const title = d?.title || d?.source || id;
    const when = d?.published.date ? ` <time>${escapeHtml(d.published.date)}</time>` : '';
    const sentences = e.mentions.filter((m) => m.doc === id).length;
    return `<li>${sourceTitle(title, d?.source)}${when} <span class="count">(${sentences} ${sentences === 1 ? 'جملة' : 'جمل'})</span></li>`;
  });
  return `<div class="sources"><b>المصادر (${ids.length}):</b> ${en('Sources')}<ul>${items.join('')}</ul></div>`;
}

function eventItem(event: StoryEvent, story: Story, entities: Map<string, StoryEntity>): string {
  const e = asTimelineEvent(event);
  const status = e.status ?? 'happened';
  const date = `${escapeHtml(e.date.start)}${e.date.end ? ` – ${escapeHtml(e.date.end)}` : ''}`;
  const place = e.place ? names([e.place], entities) : '';
  const who = names(e.participants, entities);
  const conflicts = (e.dateConflicts ?? [])
    .map(
      (c) =>
        `${escapeHtml(c.date.start)}${c.date.end ? `–${escapeHtml(c.date.end)}` : ''} (${c.sources.length})`,
    )
    .join('، ');
  return `<li class="event s-${escapeHtml(status)}">
<div class="head"><time datetime="${escapeHtml(e.date.start)}">${date}</time>${e.precision ? `<span class="precision">${PRECISION_AR[e.precision] ?? ''}</span>` : ''}<span class="badge b-${escapeHtml(status)}">${STATUS_AR[status] ?? escapeHtml(status)} ${en(status)}</span></div>
<h3>${escapeHtml(e.label)}<span class="latin" lang="en" dir="ltr">${escapeHtml(e.labelLatin)}</span></h3>
${place ? `<p class="meta"><b>المكان:</b> ${place}</p>` : ''}${who ? `<p class="meta"><b>المشاركون:</b> ${who}</p>` : ''}
<blockquote>${escapeHtml(e.summary ?? e.mentions[0]?.sentence ?? '')}</blockquote>
${conflicts ? `<p class="conflict">تواريخ أخرى في بعض التقارير: ${conflicts}</p>` : ''}${sourcesOf(e, story)}
</li>`;
}

/** Arabic counting: one, two, 3–10 with the plural, 11 and more with the accusative singular. */
/**
 * A count with its noun in the form Arabic number agreement asks for: 1 and 2 by words, 3–10 with the plural,
 * 11–99 with the accusative singular («حدثًا»), and the genitive singular («حدث») after a whole hundred or
 * thousand and its first two (100, 101, 102, 1000, 0).
 */
export function countAr(
  n: number,
  [one, two, plural, many, single]: [string, string, string, string, string],
): string {
  if (n === 1) return one;
  if (n === 2) return two;
  const rest = n % 100;
  return `${n} ${rest >= 3 && rest <= 10 ? plural : rest <= 2 ? single : many}`;
}

/** Events under month (or year) headings, in the order given; `anchored` headings are the index's targets. */
function periodList(
  events: StoryEvent[],
  story: Story,
  entities: Map<string, StoryEntity>,
  anchored = false,
): string[] {
  const parts: string[] = [];
  let period = '';
  for (const event of events) {
    const key = periodKey(event);
    if (key !== period) {
      if (period) parts.push('</ol></section>');
      const anchor = anchored ? ` id="${periodAnchor(key)}"` : '';
      parts.push(`<section class="period"${anchor}>`, periodHeading(key), '<ol class="events">');
      period = key;
    }
    parts.push(eventItem(event, story, entities));
  }
  if (period) parts.push('</ol></section>');
  return parts;
}

/** Events recalled from long before the first report, folded away above the story's own events. */
function backgroundSection(events: StoryEvent[], story: Story, entities: Map<string, StoryEntity>): string {
  if (events.length === 0) return '';
  const count = countAr(events.length, ['حدث واحد', 'حدثان', 'أحداث', 'حدثًا', 'حدث']);
  return `<details class="background"><summary>الخلفية: ${escapeHtml(count)} قبل أول تقرير بأكثر من سنة ${en(`Background: ${events.length} earlier ${events.length === 1 ? 'event' : 'events'}`)}</summary>
${periodList(events, story, entities).join('\n')}
</details>`;
}

/**
 * The reports without a publication day, said under the count: the events they date only against that day
 * can be missing, and the reader should know why a story of 20 reports can show a handful of old events. The
 * English line is a left-to-right block of its own, the option inside it: in the right-to-left paragraph a
 * wrapped line put the option before the sentence that asks for it.
 */
function undatedNote(story: Story): string {
  const n = story.documents.filter((d) => d.published.date === null).length;
  if (n === 0) return '';
  const of = `${n} من ${countAr(story.documents.length, ['تقرير واحد', 'تقريرين', 'تقارير', 'تقريرًا', 'تقرير'])}`;
  const reports = story.documents.length === 1 ? 'report has' : 'reports have';
  return `<p class="undated">لا يُعرف يوم نشر ${escapeHtml(of)}: قد تغيب عن هذا الخط الزمني أحداثٌ لا تؤرَّخ إلا به («أمس»، يوم من الأسبوع، يوم بلا سنة).<span class="note-en" lang="en" dir="ltr">${escapeHtml(`${n} of ${story.documents.length} ${reports} no publication day: events dated only against it («yesterday», a weekday, a day without its year) can be missing. Give the days you know:`)} <code>--published-for FILE=YYYY-MM-DD</code></span></p>`;
}

/** One self-contained right-to-left page: inline style only, no external resources, every text escaped. */
export function renderTimelineHtml(story: Story): string {
  const entities = new Map(story.entities.map((e) => [e.id, e]));
  const background = story.events.filter((e) => e.background);
  const main = story.events.filter((e) => !e.background);
  const parts = [
    periodIndex(main),
    backgroundSection(background, story, entities),
    ...periodList(main, story, entities, true),
  ].filter(Boolean);
  const count = `${countAr(story.events.length, ['حدث واحد', 'حدثان', 'أحداث', 'حدثًا', 'حدث'])} من ${countAr(story.documents.length, ['تقرير واحد', 'تقريرين', 'تقارير', 'تقريرًا', 'تقرير'])}`;
  const countEn = `${story.events.length} ${story.events.length === 1 ? 'event' : 'events'} from ${story.documents.length} ${story.documents.length === 1 ? 'report' : 'reports'}`;
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>مسار — الخط الزمني</title><style>${TIMELINE_CSS}</style></head>
<body><main><header><h1>الخط الزمني ${en('Timeline')}</h1><p>${escapeHtml(count)} ${en(countEn)}</p>${undatedNote(story)}</header>
${parts.length > 0 ? parts.join('\n') : '<p>لا أحداث.</p>'}
<footer>مسار — masar</footer></main></body></html>
`;
}
