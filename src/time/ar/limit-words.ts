/**
 * A date that ends a span or a term is ahead of the report: «أمهل ترامب الأوروبيين حتى 12 أيار/مايو», «مهلة
 * تنتهي في 12 أيار/مايو», «اقتنع بالبقاء في منصبه حتى آب/أغسطس», «قبل 12 مايو» written in March are this
 * May and August, not last year's. After a word of limit (حتى، لغاية، قبل، أقصاه، تنتهي في …), a date
 * without a year takes its next occurrence (the future reading of ./relative.ts `yearOfMonth`), unless
 * - a date opens the span («من يناير وحتى يونيو», «بين يناير وحتى مارس»): both ends are told, the default
 *   reading stands;
 * - the clause is told in the past («عبر 11 ألف شخص … حتى 30 أيار») and sets no term: a term set in the past
 *   (أمهل، منح مهلة، أعطى مهلة، حدد موعدا) still runs ahead («وفي يونيو الماضي، أعطت المجموعة طهران مهلة
 *   حتى أكتوبر»).
 * Provenance: Arabic news usage, judged on ANT v2.1 dev (docs/time-audit.md, session 5).
 */
import { alternation, GREGORIAN_ALT, normalizeKeys } from './constants/index.js';
import { ar } from './pattern.js';
import { WEEKDAY_ALT } from './shared.js';
import { tenseFoundAt } from './tense.js';

const keys = (words: readonly string[]) =>
  alternation(normalizeKeys(Object.fromEntries(words.map((w) => [w, 1]))).keys());

/** Words of limit right before a date, with what may stand between them and it. */
export const LIMIT_WORDS: readonly string[] = ['حتى', 'لغاية', 'قبل', 'أقصاه', 'أقصاها'];
/** Verbs of a term ending, before «في» and the date («مهلة تنتهي في 12 أيار»). */
export const ENDING_VERBS: readonly string[] = ['تنتهي', 'ينتهي'];
/** Words that set a term: with them a past verb tells when the term was set, not that it is over. */
export const TERM_WORDS: readonly string[] = [
  'مهلة',
  'مهله',
  'أمهل',
  'أمهلت',
  'يمهل',
  'تمهل',
  'موعدا',
  'الموعد النهائي',
  'موعد نهائي',
  'أقصاه',
  'أقصاها',
  // «أمامها حتى 12 أيار للرد»: has until
  'أمامه',
  'أمامها',
  'أمامهم',
];

const BETWEEN = '(?:(?:يوم|تاريخ)\\s+)?(?:(?:منتصف|نهاية|أواخر|مطلع|بداية|أوائل|آخر)\\s+)?(?:شهر\\s+)?';
const LIMIT = new RegExp(
  ar(`(?:^|[^\\p{L}])[وف]?(?<limit>(?:${keys(LIMIT_WORDS)})|(?:${keys(ENDING_VERBS)})\\s+في)\\s+${BETWEEN}$`),
  'u',
);
/** «من يناير وحتى», «بين يناير/كانون الثاني وحتى»: a date (a few words) opening the span. */
const DATE_WORD = `(?:\\p{N}|(?:ال)?(?:${GREGORIAN_ALT})|${WEEKDAY_ALT}|(?:ال)?(?:شهر|عام|سنة|أسبوع|يوم|بداية|مطلع|أول)(?![\\p{L}]))`;
const OPENED = new RegExp(
  ar(`(?:^|[^\\p{L}])(?:من|منذ|بين)\\s+(?:\\S+\\s+){0,2}${DATE_WORD}\\S*(?:\\s+\\S+){0,2}\\s+و?$`),
  'u',
);
const TERM = new RegExp(ar(`(?<![\\p{L}])[وف]?(?:${keys(TERM_WORDS)})(?![\\p{L}])`), 'u');
const CLAUSE_END = /[.\n؟?!؛;]/u;

/** `future` when a word of limit before `index` makes a yearless date a term ahead, else null. */
export function limitTenseAt(text: string, index: number): 'future' | null {
  const before = text.slice(Math.max(0, index - 40), index);
  const m = LIMIT.exec(before);
  if (!m?.groups) return null;
  const limitAt = index - before.length + m.index + m[0].indexOf(m.groups.limit);
  if (OPENED.test(text.slice(Math.max(0, limitAt - 50), limitAt))) return null;
  // the clause up to the word of limit: what follows the date opens another clause («… ما إذا كان»)
  if (tenseFoundAt(text.slice(0, limitAt), limitAt) !== 'past') return 'future';
  return TERM.test(clauseBefore(text, index)) ? 'future' : null;
}

function clauseBefore(text: string, index: number): string {
  const from = Math.max(0, index - 160);
  const parts = text.slice(from, index).split(CLAUSE_END);
  return parts[parts.length - 1];
}
