import { firstStartingAtOrAfter } from '../text/search-offsets.js';
import type { Segments, Timex, Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { RELATIVE_PRONOUNS } from './lexicon.js';

/** A timex before the trigger is less often its argument than one after it («عقدت … في 21 أيار»). */
const BEFORE_PENALTY = 1.5;
/** A trigger left without a time expression, but with a status marker, shares the nearest one within this reach. */
const SHARE_REACH = 60;
/** How far back from a timex a relative pronoun is looked for, and from it the antecedent trigger. */
const PRONOUN_REACH = 4;
const ANTECEDENT_REACH = 6;

export const isDated = (t: Timex) =>
  t.range !== undefined || (t.type === 'DATE' && /^\d{4}(?:-\d{2}){0,2}$/.test(t.value));

/** A comma between a timex and a trigger after it closes the timex's clause («… منتصف الليلة الماضية، تطبيقا لاتفاق …»). */
const CLAUSE_BREAK_PENALTY = 4;
const CLAUSE_BREAK = /[،,؛;]/u;
/** A date brought by a preposition («في 29 كانون الأول») modifies what comes before it. */
const BACKWARD_PENALTY = 3;
const BACKWARD = new Set(['في', 'يوم', 'يومي', 'خلال']);
/** «بعد وصول الوفود»: an event before or after the main one never shares its date. */
const SUBORDINATE = new Set(['بعد', 'قبل', 'عقب', 'اثر', 'وبعد', 'وقبل']);
/** «وذلك عقب فرض واشنطن عقوبات»: how far before a trigger a subordinating word still opens its phrase. */
const SUBORDINATE_REACH = 3;
/** «حتى», «لغاية»: a date after them ends a span (a contract «حتى يونيو 2019»); «من … حتى …» is one timex. */
const UNTIL = new Set(['حتي', 'وحتي', 'لغايه']);
const UNTIL_OPENS = /^[وف]?(?:حتى|لغاية)\s/u;
/** «حتى يوم 12 مايو»: a noun of a day between «حتى» and its date. */
const UNTIL_HEADS = new Set(['يوم', 'تاريخ', 'موعد']);
/** «منذ حرب 1982», «ومنذ عام 2012»: a date after «منذ» is a point of reference, not the event's date. */
const SINCE = new Set(['منذ', 'ومنذ', 'فمنذ']);

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
const tokenAtOrAfter = firstStartingAtOrAfter;

export function distance(
  span: { start: number; end: number },
  from: number,
  to: number,
  penalty = BEFORE_PENALTY,
): number {
  if (span.start >= to) return span.start - to;
  if (span.end <= from) return (from - span.end) * penalty;
  return 0;
}

function penaltyOf(tokens: Token[], t: Timex): number {
  const at = tokenAtOrAfter(tokens, t.start);
  const first = tokens[at];
  const before = tokens[at - 1];
  return (first && BACKWARD.has(first.norm)) || (before && BACKWARD.has(before.norm))
    ? BACKWARD_PENALTY
    : BEFORE_PENALTY;
}

/** «المحادثات التي تعقد اليوم»: the trigger the timex's relative clause hangs on, if any. */
function antecedent(hits: TriggerHit[], tokens: Token[], timex: Timex): number {
  let i = tokenAtOrAfter(tokens, timex.start) - 1;
  for (let k = 0; k < PRONOUN_REACH && i >= 0; k++, i--) {
    if (!RELATIVE_PRONOUNS.has(tokens[i].norm)) continue;
    const candidates = hits
      .map((h, n) => ({ h, n }))
      .filter(({ h }) => h.last < i && i - h.last <= ANTECEDENT_REACH && h.type !== 'statement');
    return candidates.at(-1)?.n ?? -1;
  }
  return -1;
}

/**
 * Each dated timex of the sentence goes to the trigger it is tied to: the antecedent of its relative
 * clause, else the nearest trigger (reporting verbs count, so a statement's date is not the event's; a source
 * marker counts only for a date after it: «شنت غارات أمس، بحسب المرصد»). A
 * trigger with a status marker and no timex of its own shares the nearest one («توصلت في أيار … إلى اتفاق»).
 */
export function assignTimexes(
  hits: TriggerHit[],
  marked: boolean[],
  segments: Segments,
  timexes: Timex[],
  sentence: number,
  text = '',
  reference: string | null = null,
): number[][] {
  const { sentences, tokens } = segments;
  const s = sentences[sentence];
  const owned: number[][] = hits.map(() => []);
  const reach = (t: Timex, h: TriggerHit) => {
    const from = tokens[h.first].start;
    if (h.reference && !inOwnClause(t, tokens[h.last].end, text)) return Number.POSITIVE_INFINITY;
    if ((h.source || h.datesAfter) && t.end <= from) return Number.POSITIVE_INFINITY;
    const broken = t.end <= from && CLAUSE_BREAK.test(text.slice(t.end, from));
    return distance(t, from, tokens[h.last].end, penaltyOf(tokens, t) * (broken ? CLAUSE_BREAK_PENALTY : 1));
  };
  timexes.forEach((t, i) => {
    if (t.start < s.start || t.end > s.end || !isDated(t) || isReference(tokens, t)) return;
    if (isCountedFromEvent(t, text) || isDeadline(tokens, t, timexes, reference)) return;
    const tied = antecedent(hits, tokens, t);
    const best = tied >= 0 ? tied : hits.reduce((b, h, k) => (reach(t, h) < reach(t, hits[b]) ? k : b), 0);
    if (tied >= 0 || reach(t, hits[best]) < Number.POSITIVE_INFINITY) owned[best].push(i);
  });
  const shareable = hits.flatMap((h, k) => (h.type === 'statement' ? [] : owned[k]));
  return owned.map((mine, k) => {
    if (
      mine.length > 0 ||
      hits[k].type === 'statement' ||
      !marked[k] ||
      hits[k].topic ||
      hits[k].reference ||
      afterSubordinate(tokens, hits[k].first)
    )
      return mine;
    const gap = (i: number) => distance(timexes[i], tokens[hits[k].first].start, tokens[hits[k].last].end);
    const near = shareable
      .filter((i) => gap(i) <= SHARE_REACH && !pronounBetween(tokens, timexes[i], hits[k]))
      .sort((a, b) => gap(a) - gap(b));
    return near.slice(0, 1);
  });
}

/** «عقب فرض واشنطن عقوبات»: the trigger is in a phrase opened by «بعد، قبل، عقب» (up to three words before it). */
function afterSubordinate(tokens: Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - SUBORDINATE_REACH; i--) {
    if (tokens[i].sentence !== tokens[first].sentence || CLAUSE_BREAK.test(tokens[i].norm)) return false;
    if (SUBORDINATE.has(tokens[i].norm)) return true;
  }
  return false;
}

/**
 * «حتى يونيو 2019», «أمهل الأوروبيين حتى 12 مايو»: a date after «حتى» or «لغاية» that lies after the report's
 * day is a deadline or the end of a term, not the day an event happened. Not a date up to which a count runs
 * («تم حتى الأحد إجلاء 46 ألف شخص», «توقيف 2659 مهاجرا حتى حزيران»): that one is past.
 */
function isDeadline(tokens: Token[], t: Timex, timexes: Timex[], reference: string | null): boolean {
  return (
    reference !== null && t.range !== undefined && t.range.from > reference && isUntil(tokens, t, timexes)
  );
}

function isUntil(tokens: Token[], t: Timex, timexes: Timex[]): boolean {
  const at = tokenAtOrAfter(tokens, t.start);
  const head = tokens[at - 1] && UNTIL_HEADS.has(tokens[at - 1].norm) ? at - 2 : at - 1;
  const before = tokens[head];
  let word: Token | undefined;
  if (UNTIL_OPENS.test(t.text)) word = tokens[at];
  else if (before && before.end <= t.start && UNTIL.has(before.norm)) word = before;
  if (!word) return false;
  // «أواخر نوفمبر حتى ديسمبر 2016»: a date right before «حتى» opens a span of two dates
  const start = word.start;
  return !timexes.some((o) => o !== t && o.end <= start && start - o.end <= 2);
}

/** A date after a referenced incident and in its clause: «مقتل الصحفي … في 2 تشرين الأول». */
const inOwnClause = (t: Timex, end: number, text: string) =>
  t.start >= end && !CLAUSE_BREAK.test(text.slice(end, t.start));

/** «القرار 2451 الذي يؤيد الاتفاقات»: a trigger inside a relative clause does not share the main clause's date. */
function pronounBetween(tokens: Token[], t: Timex, h: TriggerHit): boolean {
  const [from, to] =
    t.end <= tokens[h.first].start ? [t.end, tokens[h.first].start] : [tokens[h.last].end, t.start];
  for (let i = tokenAtOrAfter(tokens, from); i < tokens.length && tokens[i].end <= to; i++)
    if (RELATIVE_PRONOUNS.has(tokens[i].norm)) return true;
  return false;
}

/** The date follows «منذ» directly or after one word («منذ حرب 1982», «منذ عام 2011»). */
function isReference(tokens: Token[], t: Timex): boolean {
  const at = tokenAtOrAfter(tokens, t.start);
  return [tokens[at], tokens[at - 1], tokens[at - 2]].some(
    (k) => k !== undefined && k.end <= t.start + 4 && SINCE.has(k.norm),
  );
}

/** «بعد يومين من إعلان الانسحاب», «قبل 3 أيام على الهجوم»: a span counted from another event, not from the report. */
const COUNTED_BEFORE = /(?:^|\s)[وف]?(?:بعد|قبل)\s*$/u;
const COUNTED_AFTER = /^\s*(?:من|على)\s/u;

/** The span's day was counted from the publication day; it is counted from the event named after it: no date. */
function isCountedFromEvent(t: Timex, text: string): boolean {
  const opens =
    /^[وف]?(?:بعد|قبل)\s/u.test(t.text) || COUNTED_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start));
  return (
    opens &&
    /\d|يوم|أيام|اسبوع|أسبوع|شهر|أشهر|عام|سنة|سنوات/u.test(t.text) &&
    COUNTED_AFTER.test(text.slice(t.end, t.end + 6))
  );
}
