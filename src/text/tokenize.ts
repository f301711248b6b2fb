import type { Token } from '../types.js';
import { stripClitics } from './clitics.js';
import { normalizeForMatch } from './normalize.js';

/**
 * Words (letters, marks and digits; a number keeps its inner decimal or thousands separator: 3.5, 1,000,
 * ٣٫٥) and single punctuation characters. Astral characters (emoji) are one token of two code units.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,٫٬](?<=\p{N}[.,٫٬])\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens with offsets into `text` (`text.slice(start, end) === token.text`); `sentence` is set by the splitter. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const word = m[0];
    const norm = normalizeForMatch(word);
    tokens.push({ start: m.index, end: m.index + word.length, text: word, norm, stem: stripClitics(norm), sentence: 0 });
  }
  return tokens;
}
