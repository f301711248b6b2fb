/**
 * A person's family name alone, as the known-name pass may spread it: news names a person in full once and by
 * the family name after that («جمال خاشقجي … وكان خاشقجي»), and the tagger often misses the bare family name.
 * The last word of a tagged person's name of two words or more, unless it says nothing by itself: a given
 * name (محمد علي), a word with the article (عبد الله الثاني, خالد المصري: "the second", "the Egyptian"), a
 * nisba adjective, a function word, or fewer than three letters. It spreads only in the documents that tag the
 * full name (FamilyName.docs), where a reader takes it for that person, and the resolver links it to the full
 * name there; the pass's tally asks a lower share for it (FAMILY_SHARE in ./choose-mentions.ts): in one report
 * the full name comes once and the family name after it many times.
 */

import type { Form } from '../resolve/collect-forms.js';
import { countryOfDemonym } from '../resolve/demonyms.js';
import { isGivenName } from '../resolve/load-names.js';
import { matchWords } from '../resolve/name-key.js';
import { FUNCTION_WORDS } from './constants.js';
import { wordsOf } from './word-keys.js';

const MIN_LETTERS = 3;

/** The display text of a person's family name for the known-name pass, or null (see the head comment). */
export function familyNameOf(form: Form): string | null {
  if (form.type !== 'PER' || form.key.plain.length < 2) return null;
  const words = wordsOf(form.display);
  const last = words[words.length - 1]?.text;
  if (!last) return null;
  const norm = matchWords(last)[0] ?? '';
  if (norm.length < MIN_LETTERS || norm.startsWith('ال') || FUNCTION_WORDS.has(norm) || isGivenName(norm))
    return null;
  return countryOfDemonym(last) === null ? last : null;
}
