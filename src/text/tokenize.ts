import type { Token } from '../types.js';
import { normalizeForMatch } from './normalize.js';
import { stripClitics } from './clitics.js';

/** Words (letters, marks, digits, joined by inner apostrophes or dots in numbers) and single punctuation. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,٫٬][\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens with offsets into `text`; `sentence` is filled in by the sentence splitter. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const norm = normalizeForMatch(match[0]);
    tokens.push({ start, end: start + match[0].length, text: match[0], norm, stem: stripClitics(norm), sentence: 0 });
  }
  return tokens;
}
