import { NISBA_ENDINGS } from './constants.js';
import { loadNames } from './load-names.js';
import { foldLetters, matchWords } from './name-key.js';

let byStem: Map<string, string> | undefined;

const MAX_REMEMBERED = 100_000;
const remembered = new Map<string, string | null>();

/** The country a one-word nisba adjective refers to (الروسية → روسيا), or null; remembered per text. */
export function countryOfDemonym(text: string): string | null {
  let country = remembered.get(text);
  if (country === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    country = findCountry(text);
    remembered.set(text, country);
  }
  return country;
}

function findCountry(text: string): string | null {
  if (!byStem) {
    byStem = new Map();
    for (const [adjective, country] of Object.entries(loadNames().demonyms)) {
      byStem.set(foldLetters(matchWords(adjective)[0]), country);
    }
  }
  const words = matchWords(text);
  if (words.length !== 1) return null;
  const word = foldLetters(words[0].replace(/^(?:[وف]?[بلك]?ال|[وف]?لل)/u, ''));
  for (const ending of NISBA_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const country = byStem.get(word.slice(0, word.length - ending.length));
    if (country) return country;
  }
  return null;
}
