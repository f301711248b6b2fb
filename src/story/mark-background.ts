/**
 * Background events: what a story's reports recall from long before the story began (a 1945 meeting, a 2003
 * invasion told in a 2018 report) belongs on the timeline, but apart from the story's own events. An event is
 * background when its last possible day falls more than BACKGROUND_GAP_DAYS before the story's start: the
 * earliest report's publication day (given, from metadata, or inferred to a day), unless a few reports lie
 * more than that gap before all the others (two 2013 reports in a pile of 288 on Idlib in 2018, ANT v2.1
 * dev, made the 2013-2016 war recalled in 2018 the story's own): the start is then the first report after
 * the latest such gap that leaves most reports after it. With no dated report nothing is background.
 */
import type { MasarDoc } from '../types.js';
import type { StoryEvent } from './schema.js';

export const BACKGROUND_GAP_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * The story's first day: the earliest report's, or the first after the latest gap longer than
 * BACKGROUND_GAP_DAYS between two reports' days that leaves more than half of the reports after it.
 */
export function storyStart(docs: MasarDoc[]): string | null {
  const days = docs.flatMap((d) => (d.published.date ? [d.published.date] : [])).sort();
  if (days.length === 0) return null;
  for (let i = days.length - 1; i > 0; i--) {
    const gap = (Date.parse(days[i]) - Date.parse(days[i - 1])) / DAY_MS;
    if (gap > BACKGROUND_GAP_DAYS && days.length - i > days.length / 2) return days[i];
  }
  return days[0];
}

/** The day `days` before an ISO day, as an ISO day. */
function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Sets `background: true` on the events that end long before the story's start; the rest are untouched. */
export function markBackground<E extends StoryEvent>(events: E[], docs: MasarDoc[]): E[] {
  const start = storyStart(docs);
  if (!start) return events;
  const cutoff = daysBefore(start, BACKGROUND_GAP_DAYS);
  return events.map((e) => (lastDay(e) < cutoff ? { ...e, background: true } : e));
}

/** The last day an event's date covers: its range when it has one, else the end (or start) of its date. */
function lastDay(e: StoryEvent): string {
  const range = (e as { range?: { to: string } }).range;
  if (range) return range.to;
  const end = e.date.end ?? e.date.start;
  // a partial date ("2003", "2003-05") ends at its period's end: pad so it compares after every day inside
  return end.length === 10 ? end : `${end}-99`;
}
