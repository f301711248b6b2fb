import type { Token } from '../types.js';
import { ARABIC, classAt, DIGIT, LETTER, SPACE, TABLE, UNKNOWN, WORD, widthAt } from './char-class.js';
import { stripClitics } from './clitics.js';
import { normalizeForMatch } from './normalize.js';

/** Separators that stay inside a number when digits are on both sides: 3.5, 1,000, ٣٫٥, ١٬٠٠٠. */
const NUMBER_SEPARATORS = new Set([0x2e, 0x2c, 0x066b, 0x066c]);

const TATWEEL = 0x0640;
/** The script of a letter for word breaks: 1 Arabic (tatweel included), 2 any other; 0 for a non-letter. */
const scriptOf = (c: number, cls: number) => (cls & LETTER ? (cls & ARABIC || c === TATWEEL ? 1 : 2) : 0);

/**
 * End of the word starting at `start`: letters, marks and digits; a separator between two digits. A change of
 * script between letters ends the word: «لـCNN» is «لـ» and «CNN», a proclitic glued to a Latin name.
 */
function wordEnd(text: string, start: number): number {
  let i = start;
  let afterDigit = false;
  let script = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const cached = TABLE[c];
    const cls = cached === UNKNOWN ? classAt(text, i) : cached;
    const letterScript = scriptOf(c, cls);
    if (letterScript !== 0 && script !== 0 && letterScript !== script) break;
    if (letterScript !== 0) script = letterScript;
    if (cls & WORD) {
      afterDigit = (cls & DIGIT) !== 0;
      i += c >= 0xd800 && c <= 0xdbff ? widthAt(text, i) : 1;
    } else if (
      afterDigit &&
      NUMBER_SEPARATORS.has(text.charCodeAt(i)) &&
      i + 1 < text.length &&
      classAt(text, i + 1) & DIGIT
    ) {
      i += 1;
    } else break;
  }
  return i;
}

/**
 * Match key and stem by surface form: news vocabulary repeats, so most tokens are a map lookup. Bounded
 * (cleared when full) so a long run cannot grow it without limit.
 */
const KEYS = new Map<string, { norm: string; stem: string }>();
const MAX_KEYS = 100_000;

function makeToken(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  let keys = KEYS.get(word);
  if (keys === undefined) {
    const norm = normalizeForMatch(word);
    keys = { norm, stem: stripClitics(norm) };
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(word, keys);
  }
  return { start, end, text: word, norm: keys.norm, stem: keys.stem, sentence: 0 };
}

/**
 * Tokens with offsets into `text` (`text.slice(start, end) === token.text`): words (letters, marks and
 * digits, a number keeping its inner separators) and single punctuation characters; an astral character
 * (emoji) is one token of two code units. One scan with a character-class table, no regex per token.
 * `sentence` is set by the sentence splitter.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cls = classAt(text, i);
    if (cls & SPACE) {
      i++;
      continue;
    }
    const end = cls & WORD ? wordEnd(text, i) : i + widthAt(text, i);
    tokens.push(makeToken(text, i, end));
    i = end;
  }
  return tokens;
}
