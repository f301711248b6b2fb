import type { EntityMention, Segments } from '../types.js';
import { distance } from './assign-timexes.js';
import type { TriggerHit } from './find-triggers.js';

/** Arguments of the triggers of one sentence: timexes (tied one first), participants and place. */
export interface Arguments {
  timexes: number[];
  participants: number[];
  place?: number;
}

const PLACE_WINDOW = 60;

/** Participants: people and organizations of the sentence; place: the LOC nearest the trigger, «في X» first. */
export function attachEntities(
  hit: TriggerHit,
  segments: Segments,
  text: string,
  mentions: EntityMention[],
  sentence: number,
): Omit<Arguments, 'timexes'> {
  const { tokens } = segments;
  const from = tokens[hit.first].start;
  const to = tokens[hit.last].end;
  const inSentence = mentions.flatMap((m, i) => (m.sentence === sentence ? [i] : []));
  const participants = inSentence.filter((i) => mentions[i].type === 'PER' || mentions[i].type === 'ORG');
  const places = inSentence
    .filter((i) => mentions[i].type === 'LOC' && distance(mentions[i], from, to) < PLACE_WINDOW)
    .sort((a, b) => score(mentions[a], from, to, text) - score(mentions[b], from, to, text));
  return { participants, ...(places.length > 0 ? { place: places[0] } : {}) };
}

function score(m: EntityMention, from: number, to: number, text: string): number {
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  return distance(m, from, to) - (/(?:^|\s)في\s*$/u.test(before) ? PLACE_WINDOW : 0);
}
