/**
 * A relative time expression re-resolved against a candidate publication day: its sentence is tagged again
 * with that day as the reference (the time stage's own rules, never a copy of them), and the expression
 * found at the same place. Cached per sentence and day, since the candidates of many links repeat.
 */
import type { IsoDay, Timex } from '../../types.js';
import { weekdayOf } from '../calendar.js';
import { tagTime } from '../index.js';

/** Where a time expression sits: its sentence's text and its offset in it. */
export interface TimexPlace {
  sentence: string;
  at: number;
  text: string;
}

export type Resolver = (place: TimexPlace, day: IsoDay) => { from: IsoDay; to: IsoDay } | null;

interface Parsed {
  stated?: { weekday?: number };
}

/**
 * A resolver with its own cache. The range a day gives is null when the expression does not resolve, or
 * when it names a weekday the resolved day is not («غد الخميس» against a Tuesday).
 */
export function makeResolver(): Resolver {
  const cache = new Map<string, Timex[]>();
  return (place, day) => {
    const key = `${day}\u0000${place.sentence}`;
    let timexes = cache.get(key);
    if (!timexes) {
      timexes = tagTime(place.sentence, day);
      cache.set(key, timexes);
    }
    const t = timexes.find((x) => x.start <= place.at && place.at < x.end);
    if (!t?.range) return null;
    const weekday = (t.parsed as Parsed | undefined)?.stated?.weekday;
    if (weekday !== undefined && t.range.from === t.range.to && weekdayOf(t.range.from) !== weekday)
      return null;
    return t.range;
  };
}

/** The place of a document's timex: its sentence (by offsets into the display text) and where it starts. */
export function placeOf(text: string, sentence: { start: number; end: number }, t: Timex): TimexPlace {
  return { sentence: text.slice(sentence.start, sentence.end), at: t.start - sentence.start, text: t.text };
}

/** «بعد أكثر من شهر على الاتفاق»: a span counted from another event, not from the report's day. */
const FROM_OTHER_EVENT = /^\s*(?:على|من|عن)(?!\p{L})/u;

/** Whether a relative expression counts from the report's own day (not from an event named after it). */
export const countsFromPublication = (t: Timex, text: string) =>
  t.relative && !(t.tag === 'ar/ago-later' && FROM_OTHER_EVENT.test(text.slice(t.end, t.end + 8)));
