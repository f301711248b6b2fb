/**
 * The tense around an expression, for a bare weekday and a month without a year: the nearest word of tense
 * before it in its clause decides (../constants/tense-words.ts): «عقد الاجتماع الاثنين» past, «ستعقد القمة
 * الاثنين», «المؤتمر المرتقب الاثنين», «تبدأ المحادثات الاثنين» future, and «قال الوزير الاثنين إن القمة
 * ستعقد…» past (the weekday dates the saying). With none before it, the first word of tense after it in its
 * clause; with none at all, past (news reports mostly tell what happened). The verbal noun a decision governs
 * («قرر المجلس عقد اجتماع طارئ الإثنين», «دعا إلى عقد», «قررت أن») points ahead like a word of the future
 * (../constants/plan-words.ts), and is then no perfect verb («عقد»). A date after «بحلول» (by) or
 * «في أفق» is a deadline, future; a year that names a plan or an event («رؤية 2030», «مونديال 2022») has
 * no tense: `none`.
 */
import { aheadAt } from './ahead-words.js';
import { FUTURE_VERBS } from './constants/future-verbs.js';
import { alternation, normalizeKeys } from './constants/index.js';
import { CALLED_EVENTS, DECISION_VERBS, GOVERNED_NOUNS } from './constants/plan-words.js';
import { FUTURE_MARKERS, IMPERFECT_VERBS, PAST_WORDS, YEAR_NAME_HEADS } from './constants/tense-words.js';
import { ar } from './pattern.js';

const keys = (words: Iterable<string>) =>
  alternation(normalizeKeys(Object.fromEntries([...words].map((w) => [w, 1]))).keys());
const feminine = (verbs: string[]) => verbs.flatMap((v) => [v, `ت${v.slice(1)}`]);

const IMPERFECT = Object.keys(IMPERFECT_VERBS);
const SCHEDULING = IMPERFECT.filter((v) => IMPERFECT_VERBS[v]);
const word = (alt: string) => new RegExp(ar(`(?<![\\p{L}])[وف]?(?:${alt})(?![\\p{L}])`), 'gu');

const FUTURE = word(
  `${keys(FUTURE_MARKERS)}|س(?:${keys(feminine(IMPERFECT))})|${keys(feminine(SCHEDULING))}`,
);
/**
 * Before the timex, any سـ + imperfect of news (./constants/future-verbs.ts) is a word of the future too
 * («سيعقدان محادثات … يوم الخميس»). Not after it: there it mostly opens a clause of its own («قال … الأحد، إنه
 * سيلغي», «في 25 فبراير، وسيبتعد»), and the weekday dates the saying or the past.
 */
const FUTURE_BEFORE = word(
  `${keys(FUTURE_MARKERS)}|س(?:${keys(feminine(IMPERFECT))})|${keys(FUTURE_VERBS)}|${keys(feminine(SCHEDULING))}`,
);
const PAST = word(keys(PAST_WORDS));
const CLAUSE_END = /[.\n؟?!؛;]/u;
/**
 * A decision verb, up to four words (its subject), then the verbal noun it governs (a listed one or any of the
 * form تفعيل: «قررت تفكيك الموقع»), possibly through «على» («اتفقتا على إجراء»), or «أن».
 */
const GOVERNED = `${keys(GOVERNED_NOUNS)}|ت\\p{L}{2}ي\\p{L}`;
const PLANNED = new RegExp(
  ar(
    `(?<![\\p{L}])[وف]?(?:${keys(DECISION_VERBS)})(?:[\\s،,]+\\p{L}+){0,4}?[\\s،,]+` +
      `(?:[بل]?(?:ال)?(?<noun>${GOVERNED})|على\\s+(?:ال)?(?<upon>${GOVERNED})|(?:إلى|ل)\\s*(?:ال)?(?<called>${keys(CALLED_EVENTS)})|(?<that>أن))(?![\\p{L}])`,
  ),
  'dgu',
);

type Tense = 'past' | 'future';

const DEADLINE = new RegExp(ar(`(?<![\\p{L}])[وف]?(?:بحلول|حلول|أفق)\\s+(?:(?:عام|العام|سنة)\\s+)?$`), 'u');
const NAMED = new RegExp(
  ar(`(?<![\\p{L}])[وف]?[بل]?(?:ال)?(?:${keys(YEAR_NAME_HEADS)})(?:\\s+\\p{L}+)?\\s+$`),
  'u',
);

/** The tense a timex is told in, or `none` for a year that is part of a name. */
export function timexTenseAt(text: string, index: number): Tense | 'none' {
  return NAMED.test(text.slice(Math.max(0, index - 40), index)) ? 'none' : tenseAt(text, index);
}

export function tenseAt(text: string, index: number): Tense {
  return tenseFoundAt(text, index) ?? 'past';
}

/**
 * The tense a word of the clause tells (a deadline, a word of the future or the past, a planned event), or
 * null when none does: tenseAt then takes the past, a guess that must not be told as a fact.
 */
export function tenseFoundAt(text: string, index: number): Tense | null {
  if (DEADLINE.test(text.slice(Math.max(0, index - 24), index))) return 'future';
  let start = Math.max(0, index - 120);
  for (let i = index - 1; i >= start; i--)
    if (CLAUSE_END.test(text[i])) {
      start = i + 1;
      break;
    }
  const before = text.slice(start, index);
  const planned = plannedAt(before);
  const future = Math.max(lastIndex(FUTURE_BEFORE, before), planned, aheadAt(before));
  const past = lastIndex(PAST, before, planned);
  if (future >= 0 || past >= 0) return future > past ? 'future' : 'past';
  const after = text.slice(index, index + 60).split(CLAUSE_END)[0];
  const nextFuture = firstIndex(FUTURE, after);
  const nextPast = firstIndex(PAST, after);
  if (nextFuture < 0 && nextPast < 0) return null;
  return nextFuture >= 0 && (nextPast < 0 || nextFuture < nextPast) ? 'future' : 'past';
}

/** Where the last event governed by a decision verb starts in `text`, or -1. */
function plannedAt(text: string): number {
  let last = -1;
  for (const m of text.matchAll(PLANNED)) {
    const g = m.indices?.groups;
    last = (g?.noun ?? g?.upon ?? g?.called ?? g?.that)?.[0] ?? last;
  }
  return last;
}

/** The last match of `re` in `text`, leaving out one that starts at `skip` (a verbal noun read as a verb). */
function lastIndex(re: RegExp, text: string, skip = -1): number {
  let last = -1;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? -1;
    if (skip < 0 || at > skip || at + m[0].length <= skip) last = at;
  }
  return last;
}

function firstIndex(re: RegExp, text: string): number {
  for (const m of text.matchAll(re)) return m.index ?? -1;
  return -1;
}
