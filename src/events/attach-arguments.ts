import type { EntityMention, Segments, Span } from '../types.js';
import { distance } from './assign-timexes.js';
import { speakersOf } from './find-speakers.js';
import type { TriggerHit } from './find-triggers.js';
import { isNewsMedium } from './is-news-medium.js';
import { matchKeys, PLACE_HEADS } from './lexicon.js';
import { namesAnEvent } from './names-an-event.js';

/** Arguments of the triggers of one sentence: timexes (tied one first), participants and place. */
export interface Arguments {
  timexes: number[];
  participants: number[];
  place?: number;
}

const PLACE_WINDOW = 60;

/**
 * Participants: people and organizations of the sentence. Place: the LOC nearest the trigger that reads as a
 * place of the event: after a locative preposition («في X», «بـX», «إلى X») or right after the trigger
 * («محادثات X»). A country named near the trigger in another role («وتركيا التي تدعم…», a mediator) is no
 * place: a wrong place would also keep the reports of one event apart. Nor is a place that another trigger
 * of the sentence stands between (`others`): it is that event's place. A news medium the report cites is
 * neither («بحسب وكالة الأناضول», «(CNN)»). Nor is a mention that names an event (./names-an-event.ts).
 */
export function attachEntities(
  hit: TriggerHit,
  segments: Segments,
  text: string,
  mentions: EntityMention[],
  sentence: number,
  others: TriggerHit[] = [],
  /** The indices of the sentence's mentions when the caller has them (a long document has thousands). */
  sentenceMentions?: number[],
  /** The reporting verbs of the sentence: their speakers are no participants (./find-speakers.ts). */
  statements: TriggerHit[] = [],
): Omit<Arguments, 'timexes'> {
  const { tokens } = segments;
  const from = tokens[hit.first].start;
  const to = tokens[hit.last].end;
  /** Another trigger between this one and the place owns it: «قرار يؤيد الاتفاق … في السويد». */
  const otherTriggerBetween = (m: Span) =>
    others.some((o) => {
      if (o === hit || o.type === hit.type) return false;
      const [a, b] = [tokens[o.first].start, tokens[o.last].end];
      return m.start >= to ? a >= to && b <= m.start : b <= from && a >= m.end;
    });
  const inSentence = (sentenceMentions ?? mentions.map((_, i) => i)).filter(
    (i) => mentions[i].sentence === sentence && !isNewsMedium(mentions[i]),
  );
  const speakers = speakersOf(hit, statements, tokens, mentions, inSentence);
  const participants = inSentence.filter(
    (i) =>
      (mentions[i].type === 'PER' || mentions[i].type === 'ORG') &&
      !speakers.has(i) &&
      !namesAnEvent(mentions[i], tokens, { start: from, end: to }),
  );
  const places = inSentence
    .filter((i) => mentions[i].type === 'LOC' && distance(mentions[i], from, to) < PLACE_WINDOW)
    .filter(
      (i) =>
        locative(mentions[i], text) ||
        followsTrigger(mentions[i], to, text) ||
        (TARGETED.has(hit.type) && (target(mentions[i], to, text) || exposed(mentions[i], from, text))),
    )
    .filter((i) => !otherTriggerBetween(mentions[i]))
    .sort((a, b) => score(mentions[a], from, to, text) - score(mentions[b], from, to, text));
  const place = places[0] ?? farPlace(inSentence, mentions, to, text, otherTriggerBetween);
  return { participants, ...(place !== undefined ? { place } : {}) };
}

/** How far after its trigger a place may close the same clause. */
const CLAUSE_WINDOW = 220;

/**
 * With no place near the trigger: the first place after «في», «إلى», «بـ» that ends the same clause, however
 * long the trigger's complement («عقد جولة محادثات جديدة خاصة بالمعتقلين … يومي 21 و22 … في أستانة»): no
 * comma or other clause break and no other trigger between.
 */
function farPlace(
  inSentence: number[],
  mentions: EntityMention[],
  to: number,
  text: string,
  otherTriggerBetween: (m: Span) => boolean,
): number | undefined {
  return inSentence
    .filter((i) => mentions[i].type === 'LOC' && mentions[i].start >= to)
    .filter(
      (i) =>
        mentions[i].start - to < CLAUSE_WINDOW && !/[،,;:؛.!?؟]/u.test(text.slice(to, mentions[i].start)),
    )
    .filter((i) => locative(mentions[i], text) && !otherTriggerBetween(mentions[i]))
    .sort((a, b) => mentions[a].start - mentions[b].start)[0];
}

const LOCATIVE_BEFORE = /(?:^|\s)(?:في|فى|إلى|الى|إلي|من)\s*(?:ال)?$/u;
/** «كل من أمريكا وفرنسا»: «من» after «كل» lists who did it, not where. */
const BOTH_OF = /(?:^|\s)[وف]?(?:كل|كلا)\s+من\s*$/u;
/** «بأستانة», «وفي جنيف»: the preposition is a clitic of the place word itself (before the mention span). */
const LOCATIVE_CLITIC = /(?:^|\s)[وف]?ب(?:ال)?$/u;

/** A head noun, then perhaps one nisba adjective and a comma, right before the place: «العاصمة السويدية ». */
const HEAD_BEFORE = /(?<word>\p{L}+)(?:\s+\p{L}+(?:ية|ي))?[\s،,]+$/u;

/**
 * After «في», «إلى», «بـ», also across one head noun and its adjective: «في مدينة الحديدة», «ببلدة ريمبو»,
 * «إلى العاصمة السويدية ستوكهولم».
 */
function locative(m: Span, text: string, acrossHead = true): boolean {
  const before = text.slice(Math.max(0, m.start - 6), m.start);
  if (BOTH_OF.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  if (LOCATIVE_BEFORE.test(before) || LOCATIVE_CLITIC.test(before)) return true;
  const head = acrossHead ? HEAD_BEFORE.exec(text.slice(Math.max(0, m.start - 32), m.start)) : null;
  if (!head || !matchKeys(head.groups!.word).some((k) => PLACE_HEADS.has(k))) return false;
  return (
    /^[وف]?ب/u.test(head.groups!.word) ||
    locative({ start: m.start - head[0].length, end: m.start }, text, false)
  );
}

/**
 * Events whose target is their place: «هجوم كيماوي على مدينة دوما», «قصف تركي على جبهات مدينة عفرين», and the
 * subject of «تعرض» before them («تعرضت محافظة إدلب لقصف جوي»).
 */
const TARGETED = new Set(['attack']);
/** «على» (or «ضد») then up to three words (a head noun, an adjective, «جبهات مدينة») before the place. */
const TARGET_BEFORE = /(?:^|\s)(?:على|علي|ضد)(?:\s+\p{L}+){0,3}\s*$/u;

/** The target of an attack after it in its clause, with no comma between: its place. */
function target(m: EntityMention, triggerEnd: number, text: string): boolean {
  if (m.start < triggerEnd || /[،,;؛.]/u.test(text.slice(triggerEnd, m.start))) return false;
  const before = text.slice(Math.max(triggerEnd, m.start - 40), m.start);
  return TARGET_BEFORE.test(before) && !BOTH_OF.test(before);
}

/** «تعرضت (محافظة) إدلب لقصف جوي»: the subject of «تعرض» before the attack is its target. */
const EXPOSED_BEFORE = /(?:^|\s)[وف]?(?:تعرضت|تعرض|يتعرض|تتعرض)\s+(?:\p{L}+\s+)?$/u;
const GAP = /^(?:\s+\p{L}+){0,2}\s+$/u;

function exposed(m: EntityMention, triggerStart: number, text: string): boolean {
  return (
    m.end <= triggerStart &&
    GAP.test(text.slice(m.end, triggerStart)) &&
    EXPOSED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
  );
}

/** The place right after the trigger, as its genitive: «محادثات أستانة», «اتفاق الحديدة». */
function followsTrigger(m: EntityMention, triggerEnd: number, text: string): boolean {
  return m.start >= triggerEnd && /^[\s\p{P}]*$/u.test(text.slice(triggerEnd, m.start));
}

function score(m: EntityMention, from: number, to: number, text: string): number {
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  return distance(m, from, to) - (/(?:^|\s)في\s*$/u.test(before) ? PLACE_WINDOW : 0);
}
