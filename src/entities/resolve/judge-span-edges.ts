/**
 * Two edges of a tagger's span that a reader would not take as part of a name:
 * - an adverbial accusative after the name (الولايات المتحدة سعيا منها، جبهة النصرة سابقا): the last word of a
 *   span of two words or more, written without the article, ending in ا (tanween of the accusative, written
 *   or not), right after a word with the article; a word a gazetteer knows (الكونغو كينشاسا) stays. Not for
 *   people: a foreign surname after an Arabic given name with the article ends in ا (الحسن واتارا); and a
 *   bare organization head after a name (حزب الله منظمة إرهابية: the head begins the predicate); and an
 *   adjective that condemns (تنظيم داعش الإرهابي → تنظيم داعش: constants.ts CONDEMNING_ADJECTIVES);
 * - a demonym in the dual (إسرائيليان، روسيتان، أمريكيتين): two people or two things of a country, never the
 *   country itself, so no mention of it. The ending -يين is also the plural's and is left alone.
 */
import { normalizeForMatch } from '../../text/normalize.js';
import type { EntityType } from '../../types.js';
import { loadGazetteers } from '../ner/gazetteers.js';
import { loadPhraseWords } from '../phrases/load-phrase-words.js';
import { CONDEMNING_ADJECTIVES } from './constants.js';

const WORD = /[\p{L}\p{M}\u0640]+/gu;
const MARKS = /[\p{M}\u0640]/gu;
const ACCUSATIVE = /^\p{L}{3,}ا$/u;
const DEFINITE = /^(?:[وفب]?ال|لل)\p{L}{2,}$/u;
const DUAL_NISBA = /\p{L}{2,}ي(?:ان|تان|تين)$/u;

let condemningKeys: Set<string> | undefined;
const condemning = (): Set<string> => {
  condemningKeys ??= new Set([...CONDEMNING_ADJECTIVES].map(normalizeForMatch));
  return condemningKeys;
};

/** Whether the last word closes no name: an adverbial accusative, a bare organization head or a condemning adjective (above). */
function closesNoName(before: string, last: string): boolean {
  if (condemning().has(normalizeForMatch(last))) return true;
  if (last.startsWith('ال')) return false;
  if (loadPhraseWords().orgHeads.has(normalizeForMatch(last))) return true;
  if (!ACCUSATIVE.test(last) || !DEFINITE.test(before)) return false;
  return !loadGazetteers().words.has(normalizeForMatch(last));
}

/** The end of the span without a last word that closes no name (see the module comment). */
export function trimTrailingAccusative(text: string, start: number, end: number, type: EntityType): number {
  if (type === 'PER') return end;
  const words = [...text.slice(start, end).matchAll(WORD)];
  if (words.length < 2) return end;
  const [before, last] = words.slice(-2).map((w) => w[0].replace(MARKS, ''));
  if (!closesNoName(before, last)) return end;
  const kept = words[words.length - 2];
  return start + (kept.index ?? 0) + kept[0].length;
}

/** Whether a one-word form is a demonym in the dual (the caller knows it is a demonym). */
export const isDualDemonym = (display: string): boolean =>
  !/\s/u.test(display.trim()) && DUAL_NISBA.test(display.replace(MARKS, ''));
