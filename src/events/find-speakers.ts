/**
 * The speaker of a reported event is no participant of it: in «قال ترامب إن الاتفاق النووي وُقّع عام 2015»
 * Trump tells the agreement, he did not sign it. A mention between a reporting verb and the bare
 * complementizer إن/أن (or «بأن», or the trigger itself with ب: «أفاد المرصد بمقتل …») that opens the clause
 * holding the trigger is a speaker. With a pronoun on the complementizer («أكد هانت أنه اجتمع …», «أنها») the
 * speaker is the clause's subject and stays a participant. A source named by a marker (بحسب، وفقا لـ، نقلا عن),
 * before or after the clause, is a speaker too: the mentions from the marker to the end of its phrase. So is the
 * subject of a reaction («أدان بارزاني الهجوم الصاروخي»): the mentions between the verb and the event.
 */
import type { EntityMention, Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';

/** إن / أن as match keys (hamza seats folded), bare or with a pronoun (أنه، إنها، أنهم …). */
const BARE = new Set(['ان', 'بان', 'فان']);
const COMPLEMENTIZERS = new Set([...BARE, 'انه', 'انها', 'انهم', 'انهما', 'انهن', 'انني', 'اننا']);
/** How far after the reporting verb its complementizer may come (the speaker's name and title between). */
const REACH = 16;
/** The end of a source's phrase: a clause break, or the complementizer or «فقد» after a leading source. */
const PHRASE_END = /^(?:[،,؛;:.!?؟]|فان|فقد|ان)$/u;

/** Indices (into `mentions`) of the speakers of the statements and sources of `hit`'s sentence. */
export function speakersOf(
  hit: TriggerHit,
  statements: TriggerHit[],
  tokens: Token[],
  mentions: EntityMention[],
  candidates: number[],
): Set<number> {
  const speakers = new Set<number>();
  const add = (from: number, to: number) => {
    for (const i of candidates) if (mentions[i].start >= from && mentions[i].end <= to) speakers.add(i);
  };
  for (const s of statements) {
    if (s.datesAfter) continue;
    if (s.source && s.first !== hit.first) {
      const end = phraseEnd(tokens, s.last, hit);
      if (end > s.last) add(tokens[s.last].end, tokens[end].end);
      continue;
    }
    if (s.last >= hit.first) continue;
    if (s.reaction && hit.type !== 'trial') {
      if (hit.first - s.last <= REACH && !/[.!?؟؛;]/u.test(text(tokens, s.last, hit.first)))
        add(tokens[s.last].end, tokens[hit.first].start);
      continue;
    }
    const end = Math.min(hit.first, s.last + REACH);
    let c = s.last + 1;
    while (c < end && !COMPLEMENTIZERS.has(tokens[c].norm)) c++;
    const opensWithB = c === end && end === hit.first && /^[وف]?ب/u.test(tokens[c].norm);
    if (!opensWithB && (c >= end || !BARE.has(tokens[c].norm))) continue;
    add(tokens[s.last].end, tokens[c].start);
  }
  return speakers;
}

const text = (tokens: Token[], a: number, b: number) =>
  tokens
    .slice(a + 1, b)
    .map((t) => t.norm)
    .join(' ');

/** The last token of a source's phrase: up to a clause break, a complementizer, the trigger, or REACH tokens. */
function phraseEnd(tokens: Token[], marker: number, hit: TriggerHit): number {
  let k = marker;
  while (
    k + 1 < tokens.length &&
    k + 1 - marker <= REACH &&
    k + 1 !== hit.first &&
    tokens[k + 1].sentence === tokens[marker].sentence &&
    !PHRASE_END.test(tokens[k + 1].norm)
  )
    k++;
  return k;
}
