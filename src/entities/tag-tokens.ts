import { splitSentences } from '../text/sentences.js';
import { normalizeForMatch } from '../text/normalize.js';
import { stripClitics } from '../text/clitics.js';
import type { Segments, Token } from '../types.js';
import { tagEntities } from './tag-entities.js';

const ANER_TYPE = { PER: 'PERS', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' } as const;

/** Tags one pre-tokenized sentence with BIO tags over ANERcorp's type names. */
export function tagTokens(words: string[]): string[] {
  let offset = 0;
  const tokens: Token[] = words.map((w) => {
    const norm = normalizeForMatch(w);
    const token = { start: offset, end: offset + w.length, text: w, norm, stem: stripClitics(norm), sentence: 0 };
    offset += w.length + 1;
    return token;
  });
  const text = words.join(' ');
  const segments: Segments = { tokens, sentences: [] };
  segments.sentences = [{ start: 0, end: text.length, text, tokenStart: 0, tokenEnd: tokens.length }];
  void splitSentences;
  const tags = words.map(() => 'O');
  for (const m of tagEntities(text, segments)) {
    const first = tokens.findIndex((t) => t.start === m.start);
    const last = tokens.findIndex((t) => t.end === m.end);
    if (first < 0 || last < first) continue;
    for (let i = first; i <= last; i++) tags[i] = `${i === first ? 'B' : 'I'}-${ANER_TYPE[m.type]}`;
  }
  return tags;
}
