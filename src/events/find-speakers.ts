/**
 * The speaker of a reported event is no participant of it: in «قال ترامب إن الاتفاق النووي وُقّع عام 2015»
 * Trump tells the agreement, he did not sign it. A mention between a reporting verb and the bare
 * complementizer إن/أن that opens the clause holding the trigger is a speaker. With a pronoun on the
 * complementizer («أكد هانت أنه اجتمع …», «أنها») the speaker is the clause's subject and stays a participant.
 */
import type { EntityMention, Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';

/** إن / أن as match keys (hamza seats folded), bare or with a pronoun (أنه، إنها، أنهم …). */
const BARE = 'ان';
const COMPLEMENTIZERS = new Set([BARE, 'انه', 'انها', 'انهم', 'انهما', 'انهن', 'انني', 'اننا']);
/** How far after the reporting verb its complementizer may come (the speaker's name and title between). */
const REACH = 12;

/** Indices (into `mentions`) of the speakers of the statements before `hit` in its sentence. */
export function speakersOf(
  hit: TriggerHit,
  statements: TriggerHit[],
  tokens: Token[],
  mentions: EntityMention[],
  candidates: number[],
): Set<number> {
  const speakers = new Set<number>();
  for (const s of statements) {
    if (s.last >= hit.first) continue;
    const end = Math.min(hit.first, s.last + REACH);
    let c = s.last + 1;
    while (c < end && !COMPLEMENTIZERS.has(tokens[c].norm)) c++;
    if (c >= end || tokens[c].norm !== BARE) continue;
    const [from, to] = [tokens[s.last].end, tokens[c].start];
    for (const i of candidates) if (mentions[i].start >= from && mentions[i].end <= to) speakers.add(i);
  }
  return speakers;
}
