/**
 * The year a story has just told, for a count told from it: «فاز بالكأس في 1998 … وبعد 20 عاما، يعود جيل
 * جديد» is 2018, not twenty years after the publication. The last four-digit year (one that reads as a year,
 * ./year-cue.ts) in the text before the count, within STORY_REACH characters.
 */
import { isYearInContext } from './year-cue.js';

const STORY_REACH = 300;
/** «في يوليو من العام نفسه» refers to the last year told anywhere before it in the report. */
export const SAME_YEAR_REACH = 2000;
const YEAR = /(?<![\p{N}\p{L}])(?<year>1[5-9]\d{2}|20\d{2})(?!\p{N})/gu;

export function lastToldYear(text: string, index: number, reach = STORY_REACH): number | null {
  const from = Math.max(0, index - reach);
  let last: number | null = null;
  for (const m of text.slice(from, index).matchAll(YEAR)) {
    const start = from + (m.index ?? 0);
    const year = Number(m.groups?.year);
    if (isYearInContext(text, start, start + m[0].length, year, false)) last = year;
  }
  return last;
}
