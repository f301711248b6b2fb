/**
 * The text the parsers match against: the display text normalized for matching (src/text/normalize.ts),
 * with a map from every matching index back to the display text, so offsets stay in the unchanged text.
 */
import { normalizeForMatch } from '../text/normalize.js';

export interface MatchText {
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
  return { text, toDisplay };
}

/** A matching span [start, end) to a display span. */
export function toDisplaySpan(mt: MatchText, start: number, end: number): { start: number; end: number } {
  const last = end > start ? mt.toDisplay[end - 1] + 1 : mt.toDisplay[start];
  return { start: mt.toDisplay[start], end: last };
}
