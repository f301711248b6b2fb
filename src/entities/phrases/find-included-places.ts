/**
 * Places named as members of a plural place noun: «في مناطق … بما فيها X», «المدن … بما في ذلك X»,
 * «بلدات … ومنها X». A definite word that may be a name (not generic, not a plural) right after the inclusion
 * words, with a plural place noun (data/places/place-heads.json PLURAL_HEADS) at most WINDOW words before
 * them in the same sentence, is a LOC; a word the tagger already found is left alone.
 */
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../../types.js';
import type { Candidate } from './candidate.js';
import type { MentionAt } from './find-org-phrases.js';
import { loadPhraseWords } from './load-phrase-words.js';
import { isFunctionWord, isWord, PLURAL_END, shapeOf } from './word-shape.js';

const WINDOW = 8;
const INCLUDING = ['بما فيها', 'بما فيه', 'بما في ذلك', 'ومنها'].map((w) =>
  w.split(' ').map(normalizeForMatch),
);

/** Index of the first token after inclusion words ending the match at `i`, or -1. */
function afterInclusion(tokens: Token[], i: number): number {
  for (const words of INCLUDING)
    if (words.every((w, k) => tokens[i + k]?.norm === w && tokens[i + k].sentence === tokens[i].sentence))
      return i + words.length;
  return -1;
}

const pluralPlaceBefore = (tokens: Token[], i: number): boolean => {
  for (let k = i - 1; k >= 0 && k >= i - WINDOW && tokens[k].sentence === tokens[i].sentence; k--)
    if (loadPhraseWords().pluralPlaceHeads.has(tokens[k].stem)) return true;
  return false;
};

function mayBePlace(token: Token): boolean {
  if (!isWord(token) || isFunctionWord(token)) return false;
  const { article, bare, prefix } = shapeOf(token);
  if (!article || prefix !== 'ال' || PLURAL_END.test(bare)) return false;
  return !loadPhraseWords().placeGeneric.has(bare);
}

/** Places named after inclusion words of the tokens of one document. */
export function findIncludedPlaces(tokens: Token[], mentionAt: MentionAt): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const at = afterInclusion(tokens, i);
    if (at < 0 || mentionAt.has(at) || !pluralPlaceBefore(tokens, i)) continue;
    const token = tokens[at];
    if (!token || token.sentence !== tokens[i].sentence || !mayBePlace(token)) continue;
    found.push({ first: at, last: at, type: 'LOC', cut: 0, rule: 'place-including' });
  }
  return found;
}
