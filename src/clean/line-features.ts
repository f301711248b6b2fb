import { normalizeForMatch } from '../text/normalize.js';

/** What the classifier knows about one line of a page. */
export interface LineInfo {
  index: number;
  text: string;
  /** Match key with runs of spaces collapsed. */
  norm: string;
  words: number;
  letters: number;
  arabicLetters: number;
  /** Ends with sentence-final punctuation (optionally followed by a closing quote or bracket). */
  endsSentence: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const ENDS_SENTENCE = /[.!?؟؛…:"»”)\]]['"»”)\]]*$/u;
const SPACES = /\s+/gu;

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

export function describeLine(text: string, index: number): LineInfo {
  return {
    index,
    text,
    norm: normalizeForMatch(text).replace(SPACES, ' ').trim(),
    words: count(WORD, text),
    letters: count(LETTER, text),
    arabicLetters: count(ARABIC_LETTER, text),
    endsSentence: ENDS_SENTENCE.test(text),
  };
}

/** Share of letters that are Arabic (1 for a line without letters, so the script rule leaves it alone). */
export const arabicShare = (line: LineInfo) => (line.letters === 0 ? 1 : line.arabicLetters / line.letters);

/** A line that reads as article prose: long enough and ending like a sentence. */
export const isProse = (line: LineInfo, minWords = 12) => line.words >= minWords && line.endsSentence;
