/**
 * Words that point ahead though no verb of the future is written: a purpose «لـ» + verbal noun («بلغ النهائي
 * لملاقاة فرنسا الأحد»: the final is still to come) and an appointment («حجز موعدا مع التاريخ الأحد», «على
 * موعد مع اللقب»), unless «كان/كانت» tells the appointment as past, and a bare imperfect of a contest («سؤال
 * يحسم جوابه ليل الأحد»). Used by ./tense.ts like a word of the future:
 * the nearest word of tense before a bare weekday decides, so «التقى الوزير، الأحد، نظيره لبحث …» stays past.
 */
import { alternation, normalizeKeys } from './constants/index.js';
import { APPOINTMENT_WORDS, CONTEST_VERBS, PURPOSE_NOUNS } from './constants/plan-words.js';
import { ar } from './pattern.js';

const keys = (words: Iterable<string>) =>
  alternation(normalizeKeys(Object.fromEntries([...words].map((w) => [w, 1]))).keys());

const PURPOSE = new RegExp(
  ar(`(?<![\\p{L}])[وف]?(?:ل|من\\s+أجل\\s+|بهدف\\s+)(?:ال)?(?:${keys(PURPOSE_NOUNS)})(?![\\p{L}])`),
  'gu',
);
const APPOINTMENT = new RegExp(
  ar(
    `(?<![\\p{L}])(?:[وف]?(?:على|حدد|حددت|حجز|حجزت|ضرب|ضربت)\\s+)?(?:${keys(APPOINTMENT_WORDS)})\\s+مع(?![\\p{L}])`,
  ),
  'gu',
);
/** A purpose reaches a timex a few words on («لملاقاة فرنسا الأحد»), not across a long clause. */
const PURPOSE_REACH = 90;
const CONTEST = new RegExp(
  ar(`(?<![\\p{L}])[وف]?(?:${keys(CONTEST_VERBS.flatMap((v) => [v, `ت${v.slice(1)}`]))})(?![\\p{L}])`),
  'gu',
);
const TOLD_AS_PAST = new RegExp(ar('(?<![\\p{L}])[وف]?(?:كان|كانت|كانوا)(?:\\s+\\p{L}+){0,3}\\s+$'), 'u');

/** Where the last word pointing ahead starts in `clause` (the clause before the timex), or -1. */
export function aheadAt(clause: string): number {
  let last = -1;
  for (const m of clause.matchAll(PURPOSE))
    if (clause.length - (m.index ?? 0) <= PURPOSE_REACH) last = Math.max(last, m.index ?? -1);
  for (const m of clause.matchAll(CONTEST)) last = Math.max(last, m.index ?? -1);
  for (const m of clause.matchAll(APPOINTMENT)) {
    const at = m.index ?? -1;
    if (!TOLD_AS_PAST.test(clause.slice(Math.max(0, at - 40), at))) last = Math.max(last, at);
  }
  return last;
}
