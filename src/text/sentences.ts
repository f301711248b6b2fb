import type { Sentence, Token } from '../types.js';

/** Sentence-final punctuation: . ? ! and Arabic ؟ ؛ and the ellipsis. */
const FINAL = new Set(['.', '?', '!', '؟', '؛', '…']);

/**
 * Splits at sentence-final punctuation and at line breaks, and assigns each token its sentence index.
 * A period between digits is part of a number token already, so it never splits.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const start = tokens[first].start;
    const end = tokens[last].end;
    for (let i = first; i <= last; i++) tokens[i].sentence = sentences.length;
    sentences.push({ start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(tokens[i].end, next.start).includes('\n');
    if (FINAL.has(tokens[i].text) || lineBreak) close(i);
  }
  close(tokens.length - 1);
  return sentences;
}
