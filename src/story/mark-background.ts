/**
 * Background events: what a story's reports recall from long before the story began (a 1945 meeting, a 2003
 * invasion told in a 2018 report) belongs on the timeline, but apart from the story's own events. An event is
 * background when its last possible day falls more than BACKGROUND_GAP_DAYS before the earliest report's
 * publication day (given, from metadata, or inferred to a day). With no dated report nothing is background.
 */
import type { MasarDoc } from '../types.js';
import type { StoryEvent } from './schema.js';

export const BACKGROUND_GAP_DAYS = 365;
const DAY_MS = 86_400_000;

/** The earliest publication day among the reports that have one (duplicates included: they were published). */
export function earliestReportDay(docs: MasarDoc[]): string | null {
  let earliest: string | null = null;
  for (const doc of docs) {
    const day = doc.published.date;
    if (day && (earliest === null || day < earliest)) earliest = day;
  }
  return earliest;
}

/** The day `days` before an ISO day, as an ISO day. */
function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Sets `background: true` on the events that end long before the earliest report; the rest are untouched. */
export function markBackground<E extends StoryEvent>(events: E[], docs: MasarDoc[]): E[] {
  const earliest = earliestReportDay(docs);
  if (!earliest) return events;
  const cutoff = daysBefore(earliest, BACKGROUND_GAP_DAYS);
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
