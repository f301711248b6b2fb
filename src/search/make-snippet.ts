/**
 * A snippet of a document's text around the densest cluster of query matches, with the matched words as
 * highlights. Every offset is into the unchanged display text; the snippet text is `text.slice(start, end)`.
 */
import type { Span } from '../types.js';
import { keyWords } from './search-keys.js';

export interface Snippet {
  text: string;
  start: number;
  end: number;
  /** Whether the text goes on after the snippet. */
  more: boolean;
  /** Matched words, as offsets into the document text (inside [start, end)). */
  highlights: Span[];
}

const WIDTH = 220;

/** The words of the text that match a query word (their key sets meet). */
export function matchedSpans(text: string, words: string[][]): Span[] {
  const wanted = new Set(words.flat());
  return keyWords(text)
    .filter((w) => w.keys.some((k) => wanted.has(k)))
    .map(({ start, end }) => ({ start, end }));
}

function densestStart(spans: Span[]): number {
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < spans.length; i++) {
    const count = spans.filter((s) => s.start >= spans[i].start && s.end <= spans[i].start + WIDTH).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  return spans[best]?.start ?? 0;
}

/** Moves an offset to the nearest whitespace before it (or the text's edge). */
function wordEdge(text: string, at: number, direction: -1 | 1): number {
  let i = Math.max(0, Math.min(text.length, at));
  while (i > 0 && i < text.length && !/\s/u.test(text[i])) i += direction;
  return i;
}

export function makeSnippet(text: string, words: string[][]): Snippet {
  const spans = matchedSpans(text, words);
  const anchor = densestStart(spans);
  const start = anchor <= WIDTH / 4 ? 0 : wordEdge(text, anchor - WIDTH / 4, -1);
  const end = wordEdge(text, start + WIDTH, 1);
  const snippetStart = /\s/u.test(text[start] ?? '') ? start + 1 : start;
  return {
    text: text.slice(snippetStart, end),
    start: snippetStart,
    end,
    more: end < text.trimEnd().length,
    highlights: spans.filter((s) => s.start >= snippetStart && s.end <= end),
  };
}
