import { ARABIC, classAt, LETTER, TABLE, UNKNOWN, WORD, widthAt } from '../text/char-class.js';
import { normalizeForMatch } from '../text/normalize.js';

/** What the classifier knows about one line of a page. */
export interface LineInfo {
  index: number;
  text: string;
  /**
   * Match key with runs of white space collapsed, for lines of at most NORM_MAX_WORDS words (the only ones
   * the vocabulary rules and the corpus pre-pass look up); longer lines keep their text, white space
   * collapsed, which is all an exact-repeat test needs.
   */
  norm: string;
  /** Counted in the first SCAN_LIMIT characters: exact for short lines, a lower bound for long ones. */
  words: number;
  letters: number;
  arabicLetters: number;
  /** Ends with sentence-final punctuation (optionally followed by closing quotes or brackets). */
  endsSentence: boolean;
}

const FINAL = new Set([...'.!?؟؛…:"»”)]'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'\'"»”)]'].map((c) => c.charCodeAt(0)));
const SPACES = /\s+/gu;

function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) {
    if (FINAL.has(text.charCodeAt(i)) && i === text.length - 1) return true;
    i--;
  }
  return i >= 0 && FINAL.has(text.charCodeAt(i));
}

const NORM_MAX_WORDS = 30;

/** Collapses white space only when there is some to collapse (most lines have none). */
const collapse = (text: string) =>
  text.includes('  ') || text.includes('\t') || text.includes('\u00a0')
    ? text.replace(SPACES, ' ').trim()
    : text;

const matchKey = (text: string) => collapse(normalizeForMatch(text));

/**
 * Counts look at the first characters only: every rule compares word counts of at most 25 and a script
 * share, which a 320-character prefix (some 50 words) settles; long paragraphs cost no more than that.
 */
const SCAN_LIMIT = 320;

/** Words, letters and Arabic letters (of the line's first SCAN_LIMIT characters) in one table scan. */
export function describeLine(text: string, index: number): LineInfo {
  let words = 0;
  let letters = 0;
  let arabicLetters = 0;
  let inWord = false;
  const end = Math.min(text.length, SCAN_LIMIT);
  for (let i = 0; i < end; ) {
    const c = text.charCodeAt(i);
    const cached = TABLE[c];
    const cls = cached === UNKNOWN ? classAt(text, i) : cached;
    if (cls & WORD && !inWord) words++;
    inWord = (cls & WORD) !== 0;
    if (cls & LETTER) {
      letters++;
      if (cls & ARABIC) arabicLetters++;
    }
    i += c >= 0xd800 && c <= 0xdbff ? widthAt(text, i) : 1;
  }
  return {
    index,
    text,
    norm: words <= NORM_MAX_WORDS ? matchKey(text) : collapse(text),
    words,
    letters,
    arabicLetters,
    endsSentence: endsSentence(text),
  };
}

/** Share of letters that are Arabic (1 for a line without letters, so the script rule leaves it alone). */
export const arabicShare = (line: LineInfo) => (line.letters === 0 ? 1 : line.arabicLetters / line.letters);

/** A line that reads as article prose: long enough and ending like a sentence. */
export const isProse = (line: LineInfo, minWords = 12) => line.words >= minWords && line.endsSentence;
