/**
 * The text the parsers match against: the display text normalized for matching (src/text/normalize.ts),
 * with a map from every matching index back to the display text, so offsets stay in the unchanged text.
 */
import { normalizeForMatch } from '../text/normalize.js';

export interface MatchText {
  display: string;
  text: string;
  /** `toDisplay[i]` is the display index of matching index i; one more entry for the end. */
  toDisplay: number[];
}

export function makeMatchText(display: string): MatchText {
  let text = '';
  const toDisplay: number[] = [];
  for (let i = 0; i < display.length; i++) {
    const ch = display[i];
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
