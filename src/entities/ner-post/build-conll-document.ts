/**
 * A document of pre-tokenized (CoNLL) sentences as the pipeline sees one: the display text (a sentence's
 * tokens joined by one space, sentences by a line break), its segments (the pipeline's own tokenizer over
 * that text, so punctuation glued to a CoNLL token is a token of its own, as in `masar analyze`), and the
 * character span of every CoNLL token, to carry mentions back to tags.
 */

import { tokenize } from '../../text/tokenize.js';
import type { Segments, Sentence, Span } from '../../types.js';

export interface ConllDocument {
  text: string;
  segments: Segments;
  /** Character span of each CoNLL token, per sentence. */
  spans: Span[][];
}

export function buildConllDocument(sentences: string[][]): ConllDocument {
  const spans: Span[][] = [];
  let text = '';
  for (const [s, words] of sentences.entries()) {
    if (s > 0) text += '\n';
    spans.push(
      words.map((word, i) => {
        if (i > 0) text += ' ';
        const start = text.length;
        text += word;
        return { start, end: text.length };
      }),
    );
  }
  const tokens = tokenize(text);
  const segments: Sentence[] = [];
  let t = 0;
  for (const [s, words] of spans.entries()) {
    const [start, end] = words.length ? [words[0].start, words[words.length - 1].end] : [0, 0];
    const tokenStart = t;
    while (t < tokens.length && tokens[t].start < end) tokens[t++].sentence = s;
    segments.push({ start, end, text: text.slice(start, end), tokenStart, tokenEnd: t });
  }
  return { text, segments: { tokens, sentences: segments }, spans };
}
