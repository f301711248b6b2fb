/**
 * The type of a name written in Latin script (CNN in «دبي، الإمارات (CNN)—», YPG): the tagger reads such
 * words with Arabic features only, so its type is a guess. The lexicons' English names decide first
 * (data/names/latin.json, then the gazetteers: CNN → ORG); otherwise an all-capital acronym of two to six
 * letters (not a Roman numeral) is an organization — a news agency, channel, party or armed group, as
 * acronyms in Arabic news almost always are. Other Latin names keep the tagger's type.
 */
import type { EntityType } from '../../types.js';
import { loadNames } from './load-names.js';

const LATIN_NAME = /^[\p{Script=Latin}\d][\p{Script=Latin}\d .&'-]*$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const ROMAN_NUMERAL = /^[IVXLC]+$/u;

let byEnglish: Map<string, EntityType> | undefined;

/** Type of each English name in the lexicons (latin.json wins over the gazetteers). */
function englishTypes(): Map<string, EntityType> {
  if (byEnglish) return byEnglish;
  byEnglish = new Map();
  const { latin, gazetteer } = loadNames();
  for (const entry of [...gazetteer, ...latin]) byEnglish.set(entry.en.toLowerCase(), entry.type);
  return byEnglish;
}

/** The type a Latin-script name should have, or null (not Latin script, or nothing to say). */
export function latinNameType(display: string): EntityType | null {
  const name = display.trim();
  if (!LATIN_NAME.test(name)) return null;
  const known = englishTypes().get(name.toLowerCase());
  if (known) return known;
  return ACRONYM.test(name) && !ROMAN_NUMERAL.test(name) ? 'ORG' : null;
}
