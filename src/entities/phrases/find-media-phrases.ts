/**
 * News outlets named by a last word (data/names/org-phrases.json MEDIA_TAILS: نيوز، برس، تايمز، بوست، تي في):
 * the word before it, or the whole mention the tagger found ending there, and the tail are one ORG («X نيوز»,
 * «X Y برس»); an Arabic edition's «عربية» after the tail belongs to the name. The word before must be a word
 * of the same sentence with only spaces between, and no function word.
 */
import type { Token } from '../../types.js';
import type { Candidate } from './candidate.js';
import type { MentionAt } from './find-org-phrases.js';
import { headCut } from './find-org-phrases.js';
import { loadPhraseWords } from './load-phrase-words.js';
import { adjacent, isFunctionWord, isWord, shapeOf } from './word-shape.js';

const EDITION = new Set(['عربيه', 'عربي']);

/** Number of tokens of the tail starting at `i`, or 0. */
function tailAt(text: string, tokens: Token[], i: number): number {
  for (const tail of loadPhraseWords().mediaTails) {
    const matches = tail.every((word, k) => {
      const t = tokens[i + k];
      return t !== undefined && t.norm === word && (k === 0 || adjacent(text, tokens[i + k - 1], t));
    });
    if (matches) return tail.length;
  }
  return 0;
}

/** First token of the name before the tail at `i` and its proclitic cut, or null. */
function nameBefore(text: string, tokens: Token[], i: number, mentionAt: MentionAt) {
  const p = tokens[i - 1];
  if (!p || p.sentence !== tokens[i].sentence || !adjacent(text, p, tokens[i])) return null;
  if (!isWord(p) || isFunctionWord(p)) return null;
  for (const [first, { last, mention }] of mentionAt)
    if (last === i - 1 && mention.type !== 'PER')
      return { first, cut: Math.max(0, mention.start - tokens[first].start) };
  return { first: i - 1, cut: headCut(p) };
}

/** Outlet names of the tokens of one document. */
export function findMediaPhrases(text: string, tokens: Token[], mentionAt: MentionAt): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const size = tailAt(text, tokens, i);
    if (size === 0) continue;
    const name = nameBefore(text, tokens, i, mentionAt);
    if (!name) continue;
    let last = i + size - 1;
    const next = tokens[last + 1];
    if (next && next.sentence === tokens[i].sentence && adjacent(text, tokens[last], next)) {
      if (shapeOf(next).prefix === '' && EDITION.has(next.norm)) last++;
    }
    found.push({ first: name.first, last, type: 'ORG', cut: name.cut, rule: 'media-tail' });
    i = last;
  }
  return found;
}
