import { readFileSync } from 'node:fs';
import { stripClitics } from '../text/clitics.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * The event lexicons of data/events (triggers, status markers, ordinal words), loaded once and keyed by
 * match keys: every entry under both its normalized form and its clitic-stripped stem.
 */
const dataFile = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../data/events/${name}`, import.meta.url), 'utf8'));

interface TypeEntry {
  ar: string;
  latin: string;
  words: string[];
  phrases?: string[];
  numbered?: string[];
  needsSeries?: string[];
  /** Words that are triggers only with the article («التحقيق»). */
  definite?: string[];
  /** Forms matched as written, clitics and all («بالسجن»). */
  forms?: string[];
  /** Types whose trigger in the same sentence makes this mention their toll («مقتل خمسة في غارة»). */
  yieldsTo?: string[];
  /** Verbs of moving people that make this type with one of the objects after them. */
  transfer?: { verbs: string[]; objects: string[] };
  /** Verbs that make this type with one of the objects within `reach` words after them («استهدفت صواريخ»). */
  verbObject?: { verbs: string[]; objects: string[]; reach: number; before?: number };
  /** Words that make this type only with a place as their object («سيطرت القوات على بلدة …»). */
  placeObject?: {
    reach: number;
    direct: string[];
    toward: string[];
    forces: { words: string[]; subjects: string[] };
  };
}
export type EventStatus = 'planned' | 'ongoing' | 'happened' | 'cancelled';

export const matchKeys = (word: string): string[] => {
  const norm = normalizeForMatch(word);
  return [...new Set([norm, stripClitics(norm)])];
};
/** One phrase as the stems of its words, for token-by-token matching. */
export const phraseStems = (phrase: string): string[] =>
  phrase.split(/\s+/).map((w) => stripClitics(normalizeForMatch(w)));

/** data/events/triggers.json as read, once (other-senses-lexicon.ts reads its later `otherSenses` lists here too). */
export const TRIGGER_DATA = dataFile('triggers.json') as {
  types: Record<string, TypeEntry>;
  statementVerbs: { words: string[] };
  sourceMarkers: { words: string[] };
  acknowledgeVerbs: { words: string[] };
  leadPastVerbs: { words: string[] };
  reactionVerbs: { words: string[] };
  topicMarkers: { words: string[] };
  goalMarkers: {
    reach: number;
    words: string[];
    attempts: string[];
    attemptedEvents: string[];
    links: string[];
    lightWords: string[];
    breaks: string[];
  };
  relativePronouns: { words: string[] };
  topicVerbs: { words: string[] };
  negations: { words: string[] };
  notEvents: { phrases: string[]; taMarbutaNouns: string[] };
  delegations: { delegation: string[]; head: string[] };
  incidents: { types: string[]; referenceHeads: string[] };
  attackReferences: { types: string[]; heads: string[] };
  anyTypeReferenceHeads: { words: string[] };
  otherSenses: {
    arrivalWords: string[];
    arrivalGoals: string[];
    arrivalSubjects: string[];
    sportsSides: string[];
    meetingVerbs: string[];
    occurredWords: string[];
    occurredAfter: string[];
  };
};
/** Reporting verbs (قال، أعلن): a timex next to one dates the statement, not the event. */
export const STATEMENT_VERBS = new Set(TRIGGER_DATA.statementVerbs.words.flatMap(matchKeys));
/** بحسب، وفقا، نقلا: the source of a clause; its mentions are no participants, it takes no date before it. */
export const SOURCE_MARKERS = new Set(TRIGGER_DATA.sourceMarkers.words.flatMap(matchKeys));
/** أقر، اعترف، وصف، هنأ: statements about an event told elsewhere; they take only a date after them. */
export const ACKNOWLEDGE_VERBS = new Set(TRIGGER_DATA.acknowledgeVerbs.words.flatMap(matchKeys));
/** أدان، ندد، رحب: reactions to an event; statements, and their subject is no participant of the event. */
export const REACTION_VERBS = new Set(TRIGGER_DATA.reactionVerbs.words.flatMap(matchKeys));
/** Past-tense verbs that, opening a lead sentence with no date, tell an event of the publication day («أعدمت السلطات …»). */
export const LEAD_PAST_VERBS = new Set(TRIGGER_DATA.leadPastVerbs.words.flatMap(matchKeys));
/** Words that make the next trigger a topic or goal (بحث، بهدف التوصل إلى): no event. */
export const TOPIC_MARKERS = new Set(TRIGGER_DATA.topicMarkers.words.flatMap(matchKeys));
/** بإمكانه، يسعى إلى، محاولة: a capability, an aim or an attempt names a trigger that is no event (is-goal.ts). */
export const GOAL_MARKERS = {
  reach: TRIGGER_DATA.goalMarkers.reach,
  words: new Set(TRIGGER_DATA.goalMarkers.words.flatMap(matchKeys)),
  attempts: new Set(TRIGGER_DATA.goalMarkers.attempts.flatMap(matchKeys)),
  attemptedEvents: new Set(TRIGGER_DATA.goalMarkers.attemptedEvents),
  links: new Set(TRIGGER_DATA.goalMarkers.links.flatMap(matchKeys)),
  lightWords: new Set(TRIGGER_DATA.goalMarkers.lightWords.flatMap(matchKeys)),
  breaks: new Set(TRIGGER_DATA.goalMarkers.breaks.flatMap(matchKeys)),
};
/** يبحث، تشمل: later triggers in the sentence are what is discussed, not events. */
export const TOPIC_VERBS = new Set(TRIGGER_DATA.topicVerbs.words.flatMap(matchKeys));
/** وفد and يترأس: a sentence naming the heads of delegations. */
export const DELEGATION_WORDS = new Set(TRIGGER_DATA.delegations.delegation.flatMap(matchKeys));
export const HEAD_WORDS = new Set(TRIGGER_DATA.delegations.head.flatMap(matchKeys));
/**
 * Nouns written with a final ة that normalize to a trigger with the pronoun ه («قتلة» killers ~ «قتله»
 * killed him): no trigger when so written. Keyed by stem.
 */
export const TA_MARBUTA_NOUNS = new Set(
  TRIGGER_DATA.notEvents.taMarbutaNouns.map((w) => stripClitics(normalizeForMatch(w))),
);
/** التي، الذي: a relative clause's time expression dates its antecedent. */
export const RELATIVE_PRONOUNS = new Set(TRIGGER_DATA.relativePronouns.words.flatMap(matchKeys));
export const EVENT_TYPES: Record<string, { ar: string; latin: string }> = Object.fromEntries(
  Object.entries(TRIGGER_DATA.types).map(([type, e]) => [type, { ar: e.ar, latin: e.latin }]),
);
export const TRIGGER_WORDS = new Map<string, string>();
export const TRIGGER_PHRASES: { type: string; stems: string[] }[] = [];
/** Words that make an event alone only with a series name («الجولة الخامسة من أستانا»). */
export const NEEDS_SERIES = new Set<string>();
/** Words that are triggers only with a number after them («القرار 2451»). */
export const NUMBERED_WORDS = new Map<string, string>();
/** Stems that are triggers only with the article before them («التحقيق», not «تحقيق الاستقرار»). */
export const DEFINITE_WORDS = new Map<string, string>();
/** Whole normalized forms («بالسجن»), matched after a conjunction only. */
export const EXACT_FORMS = new Map<string, string>();
/** By type: the types whose trigger in the same sentence takes its mention over. */
export const YIELDS_TO = new Map<string, Set<string>>(
  Object.entries(TRIGGER_DATA.types).flatMap(([type, e]) =>
    e.yieldsTo ? [[type, new Set(e.yieldsTo)] as const] : [],
  ),
);
/** Events that happen to someone or somewhere (killing, arrest …): named as references, merged only with something shared. */
export const INCIDENT_TYPES = new Set(TRIGGER_DATA.incidents.types);
/** قضية، بسبب، حول: an incident named after one of these is a reference, dated only by what follows it. */
export const REFERENCE_HEADS = new Set(TRIGGER_DATA.incidents.referenceHeads.flatMap(matchKeys));
/** Attacks are named as references after fewer heads than incidents («ردا على هجوم», not «في غارة»). */
export const ATTACK_REFERENCE_TYPES = new Set(TRIGGER_DATA.attackReferences.types);
export const ATTACK_REFERENCE_HEADS = new Set(TRIGGER_DATA.attackReferences.heads.flatMap(matchKeys));
/** انتهاك، يخص: a trigger of any type after one of these names an event told elsewhere («انتهاك وقف إطلاق النار»). */
export const ANY_TYPE_REFERENCE_HEADS = new Set(TRIGGER_DATA.anyTypeReferenceHeads.words.flatMap(matchKeys));
/** Words that give a visit or meeting trigger another sense: reaching power or a level, a sports match. */
export const OTHER_SENSES = {
  arrivalWords: new Set(TRIGGER_DATA.otherSenses.arrivalWords.flatMap(matchKeys)),
  arrivalGoals: new Set(TRIGGER_DATA.otherSenses.arrivalGoals.flatMap(matchKeys)),
  arrivalSubjects: new Set(TRIGGER_DATA.otherSenses.arrivalSubjects.flatMap(matchKeys)),
  sportsSides: new Set(TRIGGER_DATA.otherSenses.sportsSides.flatMap(matchKeys)),
  meetingVerbs: new Set(TRIGGER_DATA.otherSenses.meetingVerbs.flatMap(matchKeys)),
  occurredWords: new Set(TRIGGER_DATA.otherSenses.occurredWords.flatMap(matchKeys)),
  occurredAfter: new Set(TRIGGER_DATA.otherSenses.occurredAfter.flatMap(matchKeys)),
};
/** دون، بدون: what follows did not happen. */
export const NEGATIONS = new Set(TRIGGER_DATA.negations.words.flatMap(matchKeys));
/** A verb and the objects within reach that make it an event: an evacuation («نقلت … خمسين جريحا»), an attack («استهدفت صواريخ»). */
export interface VerbObjectTrigger {
  type: string;
  verbs: Set<string>;
  objects: Set<string>;
  reach: number;
  /** How many words before the verb the object may stand («الضربة التي استهدفت»). */
  before: number;
  /** A transfer verb with its object is no reporting verb («نقلت … جريحا» is not «نقلت الوكالة»). */
  transfer: boolean;
}
const TRANSFER_REACH = 5;
const verbObjectOf = (
  type: string,
  v: { verbs: string[]; objects: string[]; reach: number; before?: number },
  transfer: boolean,
): VerbObjectTrigger => ({
  type,
  verbs: new Set(v.verbs.flatMap(matchKeys)),
  objects: new Set(v.objects.flatMap(matchKeys)),
  reach: v.reach,
  before: v.before ?? 0,
  transfer,
});
export const TRANSFER_TRIGGERS: VerbObjectTrigger[] = Object.entries(TRIGGER_DATA.types).flatMap(
  ([type, e]) => [
    ...(e.transfer ? [verbObjectOf(type, { ...e.transfer, reach: TRANSFER_REACH }, true)] : []),
    ...(e.verbObject ? [verbObjectOf(type, e.verbObject, false)] : []),
  ],
);
/** By type: the words that are triggers only with a place as their object, and how far it may be. */
export interface PlaceObjectRule {
  reach: number;
  direct: Set<string>;
  toward: Set<string>;
  forceWords: Set<string>;
  forceSubjects: Set<string>;
}
export const PLACE_OBJECT = new Map<string, PlaceObjectRule>(
  Object.entries(TRIGGER_DATA.types).flatMap(([type, { placeObject: p }]) =>
    p
      ? [
          [
            type,
            {
              reach: p.reach,
              direct: new Set(p.direct.flatMap(matchKeys)),
              toward: new Set(p.toward.flatMap(matchKeys)),
              forceWords: new Set(p.forces.words.flatMap(matchKeys)),
              forceSubjects: new Set(p.forces.subjects.flatMap(matchKeys)),
            },
          ] as const,
        ]
      : [],
  ),
);
for (const [type, entry] of Object.entries(TRIGGER_DATA.types)) {
  for (const word of entry.numbered ?? []) for (const key of matchKeys(word)) NUMBERED_WORDS.set(key, type);
  for (const word of entry.needsSeries ?? []) for (const key of matchKeys(word)) NEEDS_SERIES.add(key);
  for (const word of entry.words) for (const key of matchKeys(word)) TRIGGER_WORDS.set(key, type);
  for (const word of entry.definite ?? []) DEFINITE_WORDS.set(stripClitics(normalizeForMatch(word)), type);
  for (const word of entry.forms ?? []) EXACT_FORMS.set(normalizeForMatch(word), type);
  for (const phrase of entry.phrases ?? []) TRIGGER_PHRASES.push({ type, stems: phraseStems(phrase) });
}
for (const phrase of TRIGGER_DATA.notEvents.phrases)
  TRIGGER_PHRASES.push({ type: 'none', stems: phraseStems(phrase) });
TRIGGER_PHRASES.sort((a, b) => b.stems.length - a.stems.length);

const STATUS_DATA = dataFile('status-markers.json') as Record<EventStatus, string[]> & {
  phases: { start: string[]; end: string[] };
};
/** Opening and closing words of a gathering. */
export const PHASE_MARKERS: { phase: 'start' | 'end'; stems: string[] }[] = (
  ['start', 'end'] as const
).flatMap((phase) => STATUS_DATA.phases[phase].map((p) => ({ phase, stems: phraseStems(p) })));
/** Status markers by strength: the first status whose marker is found wins. */
export const STATUS_ORDER: EventStatus[] = ['cancelled', 'planned', 'ongoing', 'happened'];
export const STATUS_MARKERS: { status: EventStatus; stems: string[] }[] = STATUS_ORDER.flatMap((status) =>
  STATUS_DATA[status].map((phrase) => ({ status, stems: phraseStems(phrase) })),
);

/** «في مدينة X», «ببلدة X»: head nouns between a locative preposition and the place. */
export const PLACE_HEADS = new Set(
  (dataFile('place-heads.json') as { words: string[] }).words.flatMap(matchKeys),
);

const ORDINAL_DATA = dataFile('ordinals.json') as { ordinals: Record<string, number>; seriesNouns: string[] };
/** Ordinal words by the stems of their words joined with a space («رابعه عشره» → 14). */
export const ORDINAL_WORDS = new Map<string, number>(
  Object.entries(ORDINAL_DATA.ordinals).map(([word, n]) => [phraseStems(word).join(' '), n]),
);
export const SERIES_NOUNS = new Set(ORDINAL_DATA.seriesNouns.flatMap(matchKeys));
