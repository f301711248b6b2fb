/**
 * The text the parsers match against: the display text normalized for matching (src/text/normalize.ts),
 * with a map from every matching index back to the display text, so offsets stay in the unchanged text.
 * The preposition ل before the article is written «لل» («للعام المقبل»): the matching text restores the
 * article («لالعام»), so every pattern written with «ال» finds it; its alif maps to the preposition, so a
 * span that starts with the article holds «للعام».
 */
import { normalizeForMatch } from '../text/normalize.js';

export interface MatchText {
  display: string;
  text: string;
  /** `toDisplay[i]` is the display index of matching index i; one more entry for the end. */
  toDisplay: number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const startsWord = (display: string, i: number) => i === 0 || !WORD_CHAR.test(display[i - 1]);

/** «لل» opening a word (or after و/ف) with two letters after it: the preposition and the article. */
function opensWithLil(display: string, i: number): boolean {
  if (display[i] !== 'ل' || display[i + 1] !== 'ل') return false;
  if (!LETTER.test(display[i + 2] ?? '') || !LETTER.test(display[i + 3] ?? '')) return false;
  return startsWord(display, i) || ('وف'.includes(display[i - 1]) && startsWord(display, i - 1));
}

export function makeMatchText(display: string): MatchText {
  let text = '';
  const toDisplay: number[] = [];
  for (let i = 0; i < display.length; i++) {
    const ch = display[i];
    if (opensWithLil(display, i)) {
      text += 'لا';
      toDisplay.push(i, i);
      continue;
    }
    const norm = normalizeForMatch(ch);
    for (let k = 0; k < norm.length; k++) {
      text += norm[k];
      toDisplay.push(i);
    }
  }
  toDisplay.push(display.length);
  return { display, text, toDisplay };
}

const MARK = /[\p{M}\u0640]/u;

/** A matching span [start, end) to a display span, with the marks that follow its last letter («غداً»). */
export function toDisplaySpan(mt: MatchText, start: number, end: number): { start: number; end: number } {
  let last = end > start ? mt.toDisplay[end - 1] + 1 : mt.toDisplay[start];
  while (last < mt.display.length && MARK.test(mt.display[last])) last++;
  return { start: mt.toDisplay[start], end: last };
}
