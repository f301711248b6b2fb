import type { Token } from '../types.js';
import { ORDINAL_WORDS, SERIES_NOUNS } from './lexicon.js';

/** The round number of a mention and the name of its series («أستانة 14» → series «أستانة», 14). */
export interface OrdinalHit {
  ordinal?: number;
  seriesText?: string;
  /** Token index of the series name, to match it with a place mention. */
  seriesToken?: number;
}

const GLUED = /^(?<name>\p{L}{3,})(?<n>\d{1,2})$/u; // «أستانا5»
const ARTICLE_NUMBER = /^(?:ال)?(?<n>\d{1,2})$/u; // «الـ14» (tatweel removed by normalization), «14»
const MAX_ORDINAL = 99;
const WINDOW = 6;

const isLetters = (t: Token | undefined) => t !== undefined && /^[\p{L}\p{M}]+$/u.test(t.text);

/** An ordinal word (one or two words: «الرابعة عشرة») or number right after token `i`. */
function ordinalAfter(tokens: Token[], i: number): number | undefined {
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || a.sentence !== tokens[i].sentence) return undefined;
  if (b && b.sentence === a.sentence) {
    const two = ORDINAL_WORDS.get(`${a.stem} ${b.stem}`);
    if (two) return two;
  }
  const one = ORDINAL_WORDS.get(a.stem) ?? ORDINAL_WORDS.get(a.norm);
  if (one) return one;
  const n = ARTICLE_NUMBER.exec(a.norm)?.groups?.n;
  return n ? Number(n) : undefined;
}

/** «<name> 14» with nothing word-like after the number: a numbered series (not «9 ممثلين», not a year). */
function numberedName(tokens: Token[], i: number): OrdinalHit | null {
  const glued = GLUED.exec(tokens[i].norm);
  if (glued && !tokens[i].norm.startsWith('ال'))
    return {
      ordinal: Number(glued.groups!.n),
      seriesText: tokens[i].text.replace(/\p{N}+$/u, ''),
      seriesToken: i,
    };
  const num = tokens[i + 1];
  if (!isLetters(tokens[i]) || tokens[i].norm.startsWith('ال') || !num || num.sentence !== tokens[i].sentence)
    return null;
  if (!/^\d{1,2}$/.test(num.norm) || Number(num.norm) > MAX_ORDINAL || isLetters(tokens[i + 2])) return null;
  if (num.start - tokens[i].end > 1) return null;
  return { ordinal: Number(num.norm), seriesText: tokens[i].text, seriesToken: i };
}

/** Looks from three tokens before the trigger to a few tokens after its last one, inside its sentence. */
export function findOrdinal(tokens: Token[], first: number, last: number): OrdinalHit {
  const inSentence = (i: number) => tokens[i] !== undefined && tokens[i].sentence === tokens[first].sentence;
  let from = first;
  while (from > first - 3 && inSentence(from - 1)) from--;
  let ordinal: number | undefined;
  let series: OrdinalHit | null = null;
  for (let i = from; i <= last + WINDOW && inSentence(i); i++) {
    if (ordinal === undefined && (SERIES_NOUNS.has(tokens[i].stem) || SERIES_NOUNS.has(tokens[i].norm)))
      ordinal = ordinalAfter(tokens, i);
    if (series === null && i >= first) series = numberedName(tokens, i);
  }
  return { ...series, ...(ordinal !== undefined ? { ordinal } : {}) };
}
