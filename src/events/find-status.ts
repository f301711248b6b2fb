import type { Token } from '../types.js';
import { type EventStatus, PHASE_MARKERS, STATUS_MARKERS } from './lexicon.js';

const BEFORE = 8;
const AFTER = 8;
/** A present-tense verb with the future prefix س (ستعقد، سيبدأ): planned. */
const FUTURE_VERB = /^(?:[وف])?س[يتن]\p{L}{2,}$/u;
/** Nouns that look like such verbs (سياسة، سيارة، سنوات، سيطرة، سيد). */
const NOT_VERB = /^(?:[وف])?(?:سياس|سيار|سنو|سيطر|سيد|سين|ستار|سيف|ستين|ستون|سته|ستمائه)/u;

/** A token matches a marker word by its stem or its form, with a conjunction before it («ومن المنتظر»). */
const matchesWord = (token: Token | undefined, stem: string) =>
  token !== undefined &&
  (token.stem === stem || token.norm === stem || token.norm === `و${stem}` || token.norm === `ف${stem}`);

/** The markers by their first stem, each as its index in STATUS_MARKERS (the order in which they are tried). */
const MARKERS_BY_FIRST = new Map<string, number[]>();
STATUS_MARKERS.forEach(({ stems }, index) => {
  const list = MARKERS_BY_FIRST.get(stems[0]);
  if (list) list.push(index);
  else MARKERS_BY_FIRST.set(stems[0], [index]);
});

/** The markers whose first stem the token can match (see matchesWord), in STATUS_MARKERS order. */
function candidateMarkers(t: Token): number[] {
  const keys = [t.stem, t.norm];
  if (t.norm[0] === 'و' || t.norm[0] === 'ف') keys.push(t.norm.slice(1));
  const found = new Set<number>();
  for (const key of keys) for (const index of MARKERS_BY_FIRST.get(key) ?? []) found.add(index);
  return [...found].sort((a, b) => a - b);
}

function markerAt(tokens: Token[], i: number): EventStatus | null {
  for (const index of candidateMarkers(tokens[i])) {
    const { status, stems } = STATUS_MARKERS[index];
    if (stems.every((stem, k) => matchesWord(tokens[i + k], stem))) return status;
  }
  return null;
}

/**
 * The status the text gives a mention: the strongest marker (cancelled, planned, ongoing, happened) in a
 * window around the trigger, within its sentence; the future prefix counts as planned. Null: no marker.
 */
export function findStatus(tokens: Token[], first: number, last: number): EventStatus | null {
  const sentence = tokens[first].sentence;
  const found = new Set<EventStatus>();
  for (let i = Math.max(0, first - BEFORE); i <= Math.min(tokens.length - 1, last + AFTER); i++) {
    if (tokens[i].sentence !== sentence) continue;
    const status = markerAt(tokens, i);
    if (status) found.add(status);
    else if (FUTURE_VERB.test(tokens[i].norm) && !NOT_VERB.test(tokens[i].norm) && i < first)
      found.add('planned');
  }
  return (
    (['cancelled', 'planned', 'ongoing', 'happened'] as const).find((s) => found.has(s)) ??
    leadingVerb(tokens, first)
  );
}

/** A sentence that opens with a marker verb («وتوصلت روسيا … إلى اتفاق») gives it to all its triggers. */
function leadingVerb(tokens: Token[], first: number): EventStatus | null {
  let i = first;
  while (i > 0 && tokens[i - 1].sentence === tokens[first].sentence) i--;
  return i < first - BEFORE ? markerAt(tokens, i) : null;
}

const PHASE_REACH = 4;

/** «انطلقت الجولة», «اختتمت المشاورات»: whether the mention tells the opening or the closing. */
export function findPhase(tokens: Token[], first: number, last: number): 'start' | 'end' | null {
  let opening = first;
  while (opening > 0 && tokens[opening - 1].sentence === tokens[first].sentence) opening--;
  for (let i = Math.max(0, first - PHASE_REACH); i <= Math.min(tokens.length - 1, last + PHASE_REACH); i++) {
    if (tokens[i].sentence === tokens[first].sentence && phaseAt(tokens, i)) return phaseAt(tokens, i);
  }
  return phaseAt(tokens, opening);
}

function phaseAt(tokens: Token[], i: number): 'start' | 'end' | null {
  for (const { phase, stems } of PHASE_MARKERS) {
    if (
      stems.every((stem, k) => tokens[i + k] && (tokens[i + k].stem === stem || tokens[i + k].norm === stem))
    )
      return phase;
  }
  return null;
}

const CLAUSE_REACH = 5;

/** «والتي مقرر أن تستأنف في الثامن من شباط»: the marker of the clause a date stands in, just before it. */
export function statusBefore(tokens: Token[], start: number): EventStatus | null {
  const at = tokens.findIndex((t) => t.start >= start);
  if (at <= 0) return null;
  for (
    let i = at - 1;
    i >= Math.max(0, at - CLAUSE_REACH) && tokens[i].sentence === tokens[at].sentence;
    i--
  ) {
    const status = markerAt(tokens, i);
    if (status) return status;
    if (FUTURE_VERB.test(tokens[i].norm) && !NOT_VERB.test(tokens[i].norm)) return 'planned';
  }
  return null;
}
