/**
 * Mentions the known-name pass added (found: 'propagated') that begin with a nisba adjective of a country
 * (الكوري الجنوبي, spread from a place the tagger once read there) are dropped for CoNLL output: ANERcorp does
 * not tag such adjectives (on dev fold 9 they were the pass's main false positives).
 */
import type { EntityMention } from '../../types.js';
import { countryOfDemonym } from '../resolve/demonyms.js';

const firstWord = (text: string): string => text.split(/\s+/u)[0] ?? '';

export function dropAdjectiveNames(mentions: EntityMention[]): EntityMention[] {
  return mentions.filter((m) => m.found !== 'propagated' || !countryOfDemonym(firstWord(m.text)));
}
