/**
 * The publication day a .jsonl record states, in the forms feeds and scrapers write it: ISO 8601
 * («2013-10-23», «2013-10-23T10:00:00+01:00»), day first with slashes, dashes or dots («23/10/2013», the
 * form the ANT Jawhara FM corpus calls `published_raw`), or year first with slashes («2013/10/23»).
 * Month-first US dates are not read: 03/04/2013 is the 3rd of April in the Arabic press.
 */
import { isoDay, isValidDay } from '../time/calendar.js';
import type { IsoDay } from '../types.js';

const ISO = /^\s*(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:$|[T\s])/u;
const DAY_FIRST = /^\s*(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4})(?:$|[T\s,])/u;
const YEAR_FIRST = /^\s*(?<year>\d{4})[/.](?<month>\d{1,2})[/.](?<day>\d{1,2})(?:$|[T\s,])/u;

/** The day of a stated date, or null when the value is no date in a form read here. */
export function readRecordDate(value: unknown): IsoDay | null {
  if (typeof value !== 'string') return null;
  const g = (ISO.exec(value) ?? DAY_FIRST.exec(value) ?? YEAR_FIRST.exec(value))?.groups;
  if (!g) return null;
  const [year, month, day] = [Number(g.year), Number(g.month), Number(g.day)];
  return isValidDay(year, month, day) ? isoDay(year, month, day) : null;
}
