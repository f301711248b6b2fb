import type { Token } from '../types.js';
import { isGoal } from './is-goal.js';
import { isOtherSense } from './is-other-sense.js';
import { isReference } from './is-reference.js';
import {
  ACKNOWLEDGE_VERBS,
  ATTACK_REFERENCE_TYPES,
  NEGATIONS,
  NUMBERED_WORDS,
  REACTION_VERBS,
  SOURCE_MARKERS,
  STATEMENT_VERBS,
  TOPIC_MARKERS,
  TOPIC_VERBS,
  TRANSFER_TRIGGERS,
  TRIGGER_PHRASES,
  YIELDS_TO,
} from './lexicon.js';
import { wordType } from './match-trigger-word.js';

/** A trigger found in the tokens: its type and the token range [first, last] it covers. */
export interface TriggerHit {
  type: string;
  first: number;
  last: number;
  /** Named as a goal or topic («التوصل إلى اتفاق»): an event only if a date of its own says it happened. */
  topic?: boolean;
  /** An incident named inside another clause («بسبب اختفاء», «للتنديد باختفاء»): dated only by what follows it. */
  reference?: boolean;
  /** A statement that names the source of a clause («، بحسب المرصد», «وفق ما أفاد»): it takes no date before it. */
  source?: boolean;
  /** A reaction to an event («أدان بارزاني الهجوم»): its subject is no participant of the event. */
  reaction?: boolean;
  /** A statement that takes only a date after it («اعترف الجيش، الأربعاء، بمسؤوليته عن غارة»), and names no speaker. */
  datesAfter?: boolean;
}

/**
 * Triggers of one type, or of two gatherings, within a few tokens of each other are one mention
 * («جولة محادثات», «وقعت الأطراف اتفاقا»).
 */
export const GATHERINGS = new Set(['talks', 'meeting', 'conference']);
const GATHERING_GAP = 4;

/** A word of a phrase; the first may carry the conjunction و or ف that the clitic rules keep on short words («ولقي مصرعه»). */
const matchesStem = (t: Token, stem: string, first: boolean) =>
  t.stem === stem || t.norm === stem || (first && /^[وف]/u.test(t.norm) && t.norm.slice(1) === stem);

/** The phrases by their first stem, each as its index in TRIGGER_PHRASES (the order in which they are tried). */
const PHRASES_BY_FIRST = new Map<string, number[]>();
TRIGGER_PHRASES.forEach(({ stems }, index) => {
  const list = PHRASES_BY_FIRST.get(stems[0]);
  if (list) list.push(index);
  else PHRASES_BY_FIRST.set(stems[0], [index]);
});

/** The phrases whose first stem the token can match (see matchesStem), in TRIGGER_PHRASES order. */
function candidatePhrases(t: Token): number[] {
  const keys = [t.stem, t.norm];
  if (/^[وف]/u.test(t.norm)) keys.push(t.norm.slice(1));
  const found = new Set<number>();
  for (const key of keys) for (const index of PHRASES_BY_FIRST.get(key) ?? []) found.add(index);
  return [...found].sort((a, b) => a - b);
}

function phraseAt(tokens: Token[], i: number): TriggerHit | null {
  for (const index of candidatePhrases(tokens[i])) {
    const { type, stems } = TRIGGER_PHRASES[index];
    const last = i + stems.length - 1;
    if (last >= tokens.length || tokens[last].sentence !== tokens[i].sentence) continue;
    if (stems.every((stem, k) => matchesStem(tokens[i + k], stem, k === 0))) return { type, first: i, last };
  }
  return null;
}

/** A one-word trigger at token i (its type looked up once). */
function wordHit(token: Token, i: number): TriggerHit | null {
  const type = wordType(token);
  return type ? { type, first: i, last: i } : null;
}

/** Every trigger in sentence order; multi-word phrases first; neighbouring gathering words joined. */
export function findTriggers(tokens: Token[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i);
    const hit = phrase ?? numbered(tokens, i) ?? verbObject(tokens, i) ?? wordHit(tokens[i], i);
    if (!hit) continue;
    i = hit.last;
    if (hit.type === 'none' || isNegated(tokens, hit.first) || isOtherSense(tokens, hit)) continue;
    if (isGoal(tokens, hit.first, hit.type)) continue;
    if (isTopic(tokens, hit.first)) Object.assign(hit, { topic: true });
    if (isReference(tokens, hit)) Object.assign(hit, { reference: true });
    const prev = hits.at(-1);
    if (prev && !hit.topic && !prev.topic && joins(prev, hit, tokens)) {
      prev.last = hit.last;
      if (hit.type === 'talks') prev.type = 'talks';
    } else hits.push(hit);
  }
  return dropTolls(dropDiscussed(hits, tokens), tokens);
}

/** Words that set two gatherings apart in time («هذه الجولة بعد تعثر مشاورات جنيف»). */
const APART = new Set(['بعد', 'قبل', 'عقب', 'اثر', 'منذ', 'خلاف', 'بخلاف']);

function joins(prev: TriggerHit, hit: TriggerHit, tokens: Token[]): boolean {
  const sameSentence = tokens[prev.first].sentence === tokens[hit.first].sentence;
  const between = tokens.slice(prev.last + 1, hit.first);
  const near =
    hit.first - prev.last <= GATHERING_GAP && !between.some((t) => APART.has(t.stem) || APART.has(t.norm));
  return (
    sameSentence &&
    near &&
    (prev.type === hit.type || (GATHERINGS.has(prev.type) && GATHERINGS.has(hit.type)))
  );
}

const TOPIC_REACH = 2;
const has = (set: Set<string>, t: Token | undefined) =>
  t !== undefined && (set.has(t.stem) || set.has(t.norm));

/** «بحث وقف إطلاق النار», «التوصل إلى اتفاق»: the trigger names a topic or a goal, not an event. */
function isTopic(tokens: Token[], first: number): boolean {
  for (let k = 1; k <= TOPIC_REACH; k++) {
    const t = tokens[first - k];
    if (!t || t.sentence !== tokens[first].sentence) return false;
    if (has(TOPIC_MARKERS, t)) return true;
  }
  return false;
}

const SOURCE_REACH = 2;

/**
 * Reporting verbs (قال، أعلن): they take the time expressions next to them away from the events. Source
 * markers (بحسب، وفقا لـ، نقلا عن) and a reporting verb right after one («وفق ما أفاد») are statements that
 * take only a date after them: «شنت غارات أمس، بحسب المرصد».
 */
export function findStatements(tokens: Token[]): TriggerHit[] {
  const out: TriggerHit[] = [];
  tokens.forEach((t, i) => {
    if (isSourceMarker(t)) out.push({ type: 'statement', first: i, last: i, source: true });
    else if (has(REACTION_VERBS, t) || isReaction(t))
      out.push({ type: 'statement', first: i, last: i, reaction: true });
    else if (has(ACKNOWLEDGE_VERBS, t)) out.push({ type: 'statement', first: i, last: i, datesAfter: true });
    else if (has(STATEMENT_VERBS, t) && !verbObject(tokens, i, true)) {
      const marker = out.at(-1);
      const afterMarker =
        marker?.source && i - marker.last <= SOURCE_REACH && sameSentence(tokens, marker.last, i);
      out.push({ type: 'statement', first: i, last: i, ...(afterMarker ? { source: true } : {}) });
    }
  });
  return out;
}

/** «بحسب», «وبحسب», «ووفقا»: the conjunction stays on these short words. */
const isSourceMarker = (t: Token) =>
  has(SOURCE_MARKERS, t) || SOURCE_MARKERS.has(t.norm.replace(/^[وف]/u, ''));
const isReaction = (t: Token) => REACTION_VERBS.has(t.norm.replace(/^[وف]/u, ''));
const sameSentence = (tokens: Token[], a: number, b: number) => tokens[a].sentence === tokens[b].sentence;

/**
 * A verb with its object within reach: «نقلت الأمم المتحدة يوم الاثنين خمسين جريحا» (an evacuation), «واستهدفت
 * صواريخ قاعدة حميميم», «الضربة التي استهدفت» (an attack). With `transferOnly`, only the verbs of moving people (no reporting verbs then).
 */
function verbObject(tokens: Token[], i: number, transferOnly = false): TriggerHit | null {
  for (const { type, verbs, objects, reach, before, transfer } of TRANSFER_TRIGGERS) {
    if ((transferOnly && !transfer) || !has(verbs, tokens[i])) continue;
    for (let k = i - before; k <= i + reach; k++)
      if (k !== i && tokens[k]?.sentence === tokens[i].sentence && has(objects, tokens[k]))
        return { type, first: i, last: i };
  }
  return null;
}

/** After a verb of discussion, the first trigger is its subject; later ones in the sentence are its topics. */
function dropDiscussed(hits: TriggerHit[], tokens: Token[]): TriggerHit[] {
  const verbs = tokens.flatMap((t, i) => (has(TOPIC_VERBS, t) ? [i] : []));
  return hits.filter((hit, k) => {
    const before = verbs.filter((v) => v < hit.first && tokens[v].sentence === tokens[hit.first].sentence);
    if (before.length === 0) return true;
    const verb = before[before.length - 1];
    return !hits.slice(0, k).some((h) => h.first > verb);
  });
}

/** «القرار 2451», «القرار رقم 2254»: the word and its number are the trigger. */
function numbered(tokens: Token[], i: number): TriggerHit | null {
  const type = NUMBERED_WORDS.get(tokens[i].stem) ?? NUMBERED_WORDS.get(tokens[i].norm);
  if (!type) return null;
  const skip = tokens[i + 1]?.norm === 'رقم' ? 1 : 0;
  const num = tokens[i + 1 + skip];
  return num && num.sentence === tokens[i].sentence && /^\d+$/.test(num.norm)
    ? { type, first: i, last: i + 1 + skip }
    : null;
}

const NEGATION_REACH = 4;

/** «دون أن تنتهي إلى اتفاق»: the event did not happen. */
function isNegated(tokens: Token[], first: number): boolean {
  for (
    let k = 1;
    k <= NEGATION_REACH && first - k >= 0 && tokens[first - k].sentence === tokens[first].sentence;
    k++
  ) {
    if (has(NEGATIONS, tokens[first - k])) return true;
  }
  return false;
}

/**
 * «مقتل خمسة في غارة»: a death or blast told with an attack (or a disaster) in its sentence is that event's
 * toll; not with an attack named as its cause («لقي مصرعه في عام 2008 إثر تفجير سيارة»): the death is told.
 */
const isCause = (h: TriggerHit) => h.reference === true && ATTACK_REFERENCE_TYPES.has(h.type);

function dropTolls(hits: TriggerHit[], tokens: Token[]): TriggerHit[] {
  return hits.filter((hit) => {
    const over = YIELDS_TO.get(hit.type);
    const sentence = tokens[hit.first].sentence;
    return (
      !over || !hits.some((h) => over.has(h.type) && !isCause(h) && tokens[h.first].sentence === sentence)
    );
  });
}
