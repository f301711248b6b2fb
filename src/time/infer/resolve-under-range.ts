/**
 * Time expressions of a report whose publication day is known only as a few candidate days: each relative
 * expression is resolved against every candidate, and gets what they agree on. «الخميس الماضي» said on any
 * day from Friday 7 to Wednesday 12 December 2018 is 6 December; «اليوم» over January 2019 is January 2019.
 * Expressions that resolve against no candidate, or to days more than a month apart, are left unresolved.
 */
import type { IsoDay, Sentence, Timex } from '../../types.js';
import { daysBetween } from '../calendar.js';
import { countsFromPublication, placeOf, type Resolver } from './resolve-at.js';

/** More candidates than this say too little to be worth the parses. */
export const MAX_CANDIDATES = 31;
/** What the candidates agree on must be a month at most: Decembers of five years are no date. */
const MAX_SPAN_DAYS = 31;

function valueOfRange(from: IsoDay, to: IsoDay): string {
  if (from === to) return from;
  if (from.slice(0, 7) === to.slice(0, 7)) return from.slice(0, 7);
  return from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : 'XXXX';
}

export function resolveUnderRange(
  text: string,
  sentences: Sentence[],
  timexes: Timex[],
  candidates: IsoDay[],
  resolve: Resolver,
): Timex[] {
  if (candidates.length === 0 || candidates.length > MAX_CANDIDATES) return timexes;
  return timexes.map((t) => {
    const sentence = sentences.find((s) => s.start <= t.start && t.end <= s.end);
    if (!countsFromPublication(t, text) || t.range || t.type !== 'DATE' || !sentence) return t;
    const place = placeOf(text, sentence, t);
    let from: IsoDay | undefined;
    let to: IsoDay | undefined;
    for (const day of candidates) {
      const r = resolve(place, day);
      if (!r) continue;
      if (!from || r.from < from) from = r.from;
      if (!to || r.to > to) to = r.to;
    }
    if (!from || !to || daysBetween(from, to) > MAX_SPAN_DAYS) return t;
    return { ...t, value: valueOfRange(from, to), range: { from, to } };
  });
}
