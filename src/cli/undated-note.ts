/**
 * What a reader at a terminal is told when reports have no publication day: their events dated only against
 * that day («أمس», a weekday, a day without its year) can be missing, and which options give it. Said on
 * stderr only when it is a terminal, like the progress bar, so that scripts see clean streams.
 */
import type { Story } from '../story/schema.js';

export function undatedNote(story: Pick<Story, 'documents'>, hasPeriod = false): string | null {
  const undated = story.documents.filter((d) => d.published.date === null);
  if (undated.length === 0) return null;
  const ranged = undated.filter((d) => d.published.range).length;
  const only = ranged > 0 ? ` (${ranged} with only a range of days)` : '';
  return (
    `masar: ${undated.length} of ${story.documents.length} reports have no publication day${only}: the events ` +
    'they date only by «أمس», a weekday or a day without its year can be missing from the timeline. ' +
    `Give the days you know with --published-for FILE=YYYY-MM-DD${hasPeriod ? ' or' : ','} --published YYYY-MM-DD${hasPeriod ? '' : ' or --period FROM..TO'} ` +
    "(each document's published.evidence says what its text tells).\n"
  );
}

export function tellUndated(
  story: Pick<Story, 'documents'>,
  hasPeriod: boolean,
  stream: NodeJS.WriteStream = process.stderr,
): void {
  const note = undatedNote(story, hasPeriod);
  if (note && stream.isTTY) stream.write(note);
}
