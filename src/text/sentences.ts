import type { Sentence, Token } from '../types.js';
import { normalizeForMatch } from './normalize.js';

/** Sentence-final punctuation: . ? ! and Arabic ؟ ؛ and the ellipsis character. */
const FINAL = new Set(['.', '?', '!', '؟', '؛', '…', '۔']);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '›', '″']);
/**
 * Words that a period follows without ending a sentence (match keys): titles and units (د. for doctor,
 * م. for meter or the Gregorian era, ه. for the Hijri era), and Latin ones. Any single letter is one too
 * (initials: أ. ف. ب, U.S.).
 */
const ABBREVIATIONS = new Set([
  'د',
  'م',
  'ه',
  'ق',
  'ص',
  'ج',
  'ت',
  'ش',
  'mr',
  'mrs',
  'dr',
  'st',
  'no',
  'vs',
  'etc',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
]);

const isSpace = (text: string, from: number, to: number) =>
  from === to ? false : text.slice(from, to).trim() === '';
const hasLineBreak = (text: string, from: number, to: number) => text.slice(from, to).includes('\n');

function isAbbreviation(tokens: Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start || tokens[i].text !== '.') return false;
  const key = normalizeForMatch(prev.text);
  const startsWord = i < 2 || tokens[i - 2].end < prev.start || tokens[i - 2].text === '.';
  return (
    startsWord &&
    (key.length === 1 || ABBREVIATIONS.has(key)) &&
    !hasLineBreak(text, tokens[i].end, tokens[i + 1]?.start ?? text.length)
  );
}

/** Index of the last token of the sentence that ends at token i, or -1 when token i ends none. */
function sentenceEnd(text: string, tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  if (next !== undefined && hasLineBreak(text, tokens[i].end, next.start)) return i;
  if (!FINAL.has(tokens[i].text) || isAbbreviation(tokens, i, text)) return -1;
  let last = i;
  while (
    tokens[last + 1] &&
    tokens[last + 1].start === tokens[last].end &&
    (FINAL.has(tokens[last + 1].text) || CLOSERS.has(tokens[last + 1].text))
  )
    last++;
  const after = tokens[last + 1];
  if (after === undefined || isSpace(text, tokens[last].end, after.start)) return last;
  return -1; // glued to the next word: a URL, a.b, or a number part
}

/**
 * Splits at sentence-final punctuation followed by a space (closing quotes and repeated marks stay with
 * the sentence: `قال «نعم».` `حقا؟!` `...`) and at every line break; abbreviations and initials do not
 * split. Assigns each token its sentence index.
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
    const last = sentenceEnd(text, tokens, i);
    if (last >= 0) {
      close(last);
      i = last;
    }
  }
  close(tokens.length - 1);
  return sentences;
}
