/**
 * The date and status of one event mention inside its report: the narrowest date its timexes give (the one
 * nearest the trigger of two as narrow: «في بيان السبت، قانون … الذي تبناه الكنيست الخميس الماضي»; a
 * yearless one put on the side of the report its tense says), else, in the lead, the publication day for an
 * event under way or planned, or told by a past-tense verb opening a lead sentence (./opens-lead.ts); the
 * status from the markers, else from the date against the publication day.
 */
import { mapDigits } from '../text/normalize.js';
import type { EventMention, MasarDoc } from '../types.js';
import { distance } from './assign-timexes.js';
import { addDays, type DateRange, daysBetween, rangeOfTimex } from './date-range.js';
import { statusBefore } from './find-status.js';
import type { EventStatus } from './lexicon.js';
import { opensLead } from './opens-lead.js';

/** Sentences at the head of the body where the news convention «event ≈ publication day» holds. */
const LEAD_SENTENCES = 3;
const PLANNED_HORIZON = 14;
/** Within a month of the report a yearless date is on the side the time stage chose (أمس، غدا، الاثنين). */
const YEAR_DOUBT_DAYS = 31;

export function mentionDate(
  doc: MasarDoc,
  ev: EventMention,
  status: EventStatus | null,
): DateRange | undefined {
  const timexes = doc.data.time?.timexes ?? [];
  const tokens = doc.data.segments?.tokens ?? [];
  const ranges = ev.timexes
    .map((i) => ({ t: timexes[i], r: rangeOfTimex(timexes[i]) }))
    .filter((x) => x.r !== null);
  const near = (t: (typeof timexes)[number]) => distance(t, ev.start, ev.end);
  ranges.sort(
    (a, b) => span(a.r!) - span(b.r!) || Number(a.t.relative) - Number(b.t.relative) || near(a.t) - near(b.t),
  );
  if (ranges.length === 0) return publishedFallback(doc, ev, status);
  const { t, r } = ranges[0];
  const yearless = t.relative && !/\d{4}/.test(mapDigits(t.text));
  return yearless ? alignYear(r!, statusBefore(tokens, t.start) ?? status, doc.published.date) : r!;
}

function publishedFallback(
  doc: MasarDoc,
  ev: EventMention,
  status: EventStatus | null,
): DateRange | undefined {
  const pub = doc.published.date;
  if (!pub || ev.sentence >= LEAD_SENTENCES) return undefined;
  if (status === 'ongoing') return { from: addDays(pub, -1), to: pub, precision: 'day', source: 'published' };
  if (status === 'planned')
    return { from: pub, to: addDays(pub, PLANNED_HORIZON), precision: 'month', source: 'published' };
  if ((status === null || status === 'happened') && opensLead(doc.data.segments?.tokens ?? [], ev))
    return { from: addDays(pub, -1), to: pub, precision: 'day', source: 'published' };
  return undefined;
}

/**
 * A date told without its year («في أيار», «في الثامن من شباط») was resolved near the publication date; the
 * tense of its clause decides the side: a past event is not after the report, a planned one not before it.
 */
function alignYear(r: DateRange, status: EventStatus | null, pub: string | null): DateRange {
  if (!pub || Math.abs(daysBetween(pub, r.from)) <= YEAR_DOUBT_DAYS) return r;
  const shift = status === 'happened' && r.from > pub ? -1 : status === 'planned' && r.to < pub ? 1 : 0;
  if (shift === 0) return r;
  const move = (d: string) => `${Number(d.slice(0, 4)) + shift}${d.slice(4)}`;
  return { ...r, from: move(r.from), to: move(r.to) };
}

/** A date range's width in milliseconds (narrower is more precise). */
export const span = (r: DateRange) => Date.parse(r.to) - Date.parse(r.from);

/** Status from the markers, else from the date against the publication date. */
export function statusOf(
  marker: EventStatus | null,
  date: DateRange | undefined,
  pub: string | null,
): EventStatus | null {
  if (marker || !date || !pub || date.source !== 'timex') return marker;
  if (date.from > pub) return 'planned';
  return date.to < pub ? 'happened' : 'ongoing';
}
