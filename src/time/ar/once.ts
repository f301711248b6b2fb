/**
 * «يوما» alone is mostly the adverb «once, ever, some day», not an amount of one day: «كان يوما حليفا للرئيس»,
 * «لم يحمل يوما راية», «ستعود يوما ما». It is a DATE, FUTURE_REF after an imperfect with سـ, قد, لن, لعل
 * or ربما, and «يوما ما» with no past verb or «لم» just before it; else PAST_REF. «خمس ساعات يوما» is each
 * day; a count before it («تجاوزت العشرين يوما») keeps the amount. It stays one day (P1D) after a cue of length
 * («لمدة», «تستغرق») or before an amount («يوما واحدا», «كاملا», «إضافيا», «آخر»), and «يوما بعد يوم» is each
 * day (SET P1D, the span holding «بعد يوم»); «يوما ما» is one span. A quality after it («يوما مقدسا») is left to ./refiners/drop-word-senses.ts.
 * Provenance: Arabic usage (ظرف الزمان المبهم «يوما»), general knowledge; on 4,456 ANT reports 45 of 49
 * bare «يوما» were this adverb.
 */
import type { ParsedResult } from '../parser.js';
import { ar } from './pattern.js';

export const ONCE_TAG = 'ar/once';
const ONE_DAY = ar('يوما');
/** An amount after it, or a weekday: «يوما الخميس والجمعة» is the dual «يومَا», two named days. */
const AMOUNT_AFTER = new RegExp(
  ar(
    '^\\s+(?:واحدا|كاملا|إضافيا|آخر|فقط|أو\\s+يومين|ال(?:سبت|أحد|اثنين|ثلاثاء|أربعاء|خميس|جمعة))(?![\\p{L}])',
  ),
  'u',
);
const EACH_DAY = new RegExp(ar('^\\s+بعد\\s+(?:يوم|آخر)(?![\\p{L}])'), 'u');
const SOME = new RegExp(ar('^\\s+ما(?![\\p{L}])'), 'u');
const LENGTH_BEFORE = new RegExp(
  ar(
    '(?:^|[^\\p{L}])[وف]?(?:لمدة|مدة|طوال|طيلة|يستغرق|تستغرق|استغرق|استغرقت|استمر|استمرت|يستمر|تستمر|نحو|حوالي|قرابة)\\s+$',
  ),
  'u',
);
const WILL_BEFORE = new RegExp(
  ar(
    '(?:^|[^\\p{L}])[وف]?(?:س[يتنأ]\\p{L}{2,}|(?:قد|لن|سوف|لعل\\p{L}*|ربما)\\s+(?:\\p{L}+\\s+)?[يتنأ]\\p{L}{2,})\\s+$',
  ),
  'u',
);
/** «يوما ما» is some day ahead unless a past verb or «لم» comes just before it («كانت يوما ما عاصمة»). */
const PAST_NEAR = new RegExp(
  ar('(?:^|[^\\p{L}])[وف]?(?:كان|كانت|كانوا|كنا|كنت|لم|قال|قالت)(?:\\s+\\p{L}+){0,7}\\s+$'),
  'u',
);
/** A count or a rate just before: «تجاوزت العشرين يوما», «من15 يوما» (a count), «خمس ساعات يوما» (a day). */
const COUNT_BEFORE = new RegExp(ar('(?:\\d|عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين)\\s*$'), 'u');
const RATE_BEFORE = new RegExp(ar('(?:^|[^\\p{L}])(?:ساعات|ساعة|ساعتين|مرات|مرة|مرتين)\\s+$'), 'u');

/** The reading of an accusative «يوما» at [start, end): an adverb of time, each day, or null (one day). */
export function readOnce(text: string, start: number, end: number): Partial<ParsedResult> | null {
  if (text.slice(start, end) !== ONE_DAY) return null;
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, start - 24), start);
  if (AMOUNT_AFTER.test(after) || LENGTH_BEFORE.test(before) || COUNT_BEFORE.test(before)) return null;
  if (RATE_BEFORE.test(before)) return { type: 'SET', value: 'P1D', tag: ONCE_TAG };
  const each = EACH_DAY.exec(after);
  if (each) return { type: 'SET', value: 'P1D', tag: ONCE_TAG, end: end + each[0].length };
  const some = SOME.exec(after);
  const wide = text.slice(Math.max(0, start - 60), start);
  const future = WILL_BEFORE.test(wide) || (some !== null && !PAST_NEAR.test(wide));
  return {
    type: 'DATE',
    value: future ? 'FUTURE_REF' : 'PAST_REF',
    tag: ONCE_TAG,
    relative: true,
    end: end + (some?.[0].length ?? 0),
  };
}
