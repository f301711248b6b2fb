/**
 * A mention that starts inside a word (the tagger or a phrase rule took a first letter for a proclitic:
 * بان → ان، فيينا → يينا، وكالة → الة، وبيونغ → يونغ) gets the letters back unless the cut is sound. The
 * proclitic stays cut when the rest is a known name, or when neither the rest nor the whole word is known;
 * it is restored when fewer than three letters (after an article) would remain (up to a known word, else all
 * but a conjunction: ووكالة → وكالة، وبان → بان), or when the name with the
 * letters restored is known and the rest is not; and when more than a conjunction was cut and the word after the
 * conjunction alone is known (وكريم → كريم, not ريم; وفالنسيا → فالنسيا, not النسيا). "Known": a name of the lexicons (data/names/latin.json and
 * the gazetteers) spelled exactly so (normalized), then a single name word, organization head or title of the
 * gazetteers, a head noun of the phrase rules (وكالة → «كالة» is given its و back), or a word
 * that begins with a proclitic letter of its own (src/text/clitic-exceptions.ts).
 */
import { NON_CLITIC_WORDS } from '../../text/clitic-exceptions.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { loadGazetteers } from '../ner/gazetteers.js';
import { bareKey, loadPhraseWords } from '../phrases/load-phrase-words.js';
import { lexiconHas } from '../romanize.js';

const LETTER = /[\p{L}\p{M}]/u;
const MIN_REST = 3;
/** What may stay cut before a restored word: nothing or the conjunction (ووكالة → وكالة، وبان → بان). */
const CONJUNCTION = /^[وف]?$/u;
/** Gazetteer labels that make a word known: names, and the head nouns and titles that begin names (وكالة، وزير). */
const NAME_LABELS = new Set(['LOC', 'ORG', 'PER', 'GIVEN', 'FAMILY', 'ORGHEAD', 'TITLE']);

const firstWord = (name: string) => normalizeForMatch(name.split(/\s+/u)[0] ?? '');

/** Letters of the first word after an article: «الة» has one. */
function restLetters(name: string): number {
  const word = firstWord(name);
  return [...(word.startsWith('ال') ? word.slice(2) : word)].length;
}

export function wordKnown(name: string): boolean {
  const word = firstWord(name);
  const labels = loadGazetteers().words.get(word);
  const { orgHeads, mediaHeads, placeHeads } = loadPhraseWords();
  const heads = [orgHeads, mediaHeads, placeHeads].some((set) => set.has(bareKey(word)));
  return heads || NON_CLITIC_WORDS.has(word) || [...(labels ?? [])].some((label) => NAME_LABELS.has(label));
}

/** Where the mention should start: `start`, or an earlier offset inside the same word. */
export function restoreCutLetters(text: string, start: number, end: number): number {
  let wordStart = start;
  while (wordStart > 0 && LETTER.test(text[wordStart - 1])) wordStart--;
  if (wordStart === start || !LETTER.test(text[start] ?? '')) return start;
  const rest = text.slice(start, end);
  const restorations: number[] = [];
  for (let s = start - 1; s >= wordStart; s--) restorations.push(s);
  if (restLetters(rest) < MIN_REST)
    return (
      restorations.find((s) => wordKnown(text.slice(s, end))) ??
      restorations.find(
        (s) => restLetters(text.slice(s, end)) >= MIN_REST && CONJUNCTION.test(text.slice(wordStart, s)),
      ) ??
      wordStart
    );
  // Two letters cut where the conjunction alone reads a known name (وكريم: «and Karim», not «and like Reem»).
  const afterConjunction = restorations.find((s) => /^[وف]$/u.test(text.slice(wordStart, s)));
  if (afterConjunction !== undefined && wordKnown(text.slice(afterConjunction, end))) return afterConjunction;
  for (const known of [lexiconHas, wordKnown]) {
    if (known(rest)) return start;
    const hit = restorations.find((s) => known(text.slice(s, end)));
    if (hit !== undefined) return hit;
  }
  return start;
}
