/**
 * Whether a span of text is written as one of the known names its lookup key points to, by the resolver's
 * own judgement: the span and the name share the resolver's skeleton block and their spelling distance is
 * within its limit (src/entities/resolve/name-distance.ts); the closest name wins. Two guards the resolver
 * does not need (it only compares names the tagger found) keep common words out: a nisba adjective is not
 * its country's or place's name, and a word with another first letter is not the name.
 */

import { normalizeForMatch } from '../../text/normalize.js';
import { countryOfDemonym } from '../resolve/demonyms.js';
import { distanceLimit, nameDistance } from '../resolve/name-distance.js';
import { foldLetter, nameKey } from '../resolve/name-key.js';
import type { KnownName } from './index-known-names.js';

export interface Judgement {
  name: KnownName;
  distance: number;
}

const NISBA = /(?:ي|يه)$/u;
const ARTICLE = /^(?:ال|لل)/u;

/**
 * Whether the span may be a spelling of the name at all: not a nisba adjective (السوري of سوريا, الميداني
 * of ميدانيا: the article and an -ي/-ية ending the name lacks), and the same first letter once alternations
 * are folded (the skeleton drops a leading vowel letter: السلام is not الإسلام).
 */
function mayBe(span: string, spelling: string, name: KnownName): boolean {
  if (foldLetter(spelling[0]) !== foldLetter(name.spelling[0])) return false;
  if (name.words > 1 || !NISBA.test(spelling) || NISBA.test(name.spelling)) return true;
  return !ARTICLE.test(normalizeForMatch(span));
}

/** The closest known name among `candidates` for the span text (ties: the most often tagged), or null. */
export function closestName(span: string, candidates: KnownName[]): Judgement | null {
  if (countryOfDemonym(span)) return null;
  const key = nameKey(span);
  const spelling = key.plain.join(' ');
  let best: Judgement | null = null;
  for (const name of candidates) {
    if (name.block !== key.block || !mayBe(span, spelling, name)) continue;
    const distance = nameDistance(spelling, name.spelling);
    if (distance > distanceLimit(name.skeleton, name.type)) continue;
    if (!best || distance < best.distance || (distance === best.distance && name.count > best.name.count))
      best = { name, distance };
  }
  return best;
}
