/**
 * Whether a span of text is written as one of the known names its lookup key points to, by the resolver's
 * own judgement: the span and the name share the resolver's skeleton block and their spelling distance is
 * within its limit (src/entities/resolve/name-distance.ts); the closest name wins. Two guards the resolver
 * does not need (it only compares names the tagger found) keep common words out: a nisba adjective is not
 * its country's or place's name, and a word with another first letter is not the name.
 */

import { countryOfDemonym } from '../resolve/demonyms.js';
import { distanceLimit, nameDistance } from '../resolve/name-distance.js';
import { foldLetter, nameKey } from '../resolve/name-key.js';
import type { KnownName } from './index-known-names.js';
import { hasArticle } from './word-keys.js';

export interface Judgement {
  name: KnownName;
  distance: number;
}

/** A nisba ending: -ي and its feminine, dual, plural and accusative forms (فرنسي، فرنسية، فرنسيين، فرنسيا). */
const NISBA = /ي(?:ا|ه|ين|ون|ان|تان|تين)?$/u;

const nisbaOf = (spelling: string) => NISBA.exec(spelling)?.[0] ?? '';

/** Skeletons of this many letters or fewer: a one-word name must be written as tagged (سمت is not سميث). */
const SHORT_SKELETON = 3;

/**
 * Whether the span may be a spelling of the name at all: the same first letter once alternations are folded
 * (the skeleton drops a leading vowel letter: السلام is not الإسلام). For a one-word name, also: the
 * article as the tagger wrote the name (الحماس is not حماس, أردنا not الأردن); a short name spelt exactly;
 * and not a nisba adjective of it: a nisba ending the name lacks (فرنسيا، فلبينية of فرنسا، الفلبين), or
 * with the article another ending than the name's (الميداني of ميدانيا).
 */
function mayBe(span: string, spelling: string, name: KnownName): boolean {
  if (foldLetter(spelling[0]) !== foldLetter(name.spelling[0])) return false;
  if (name.words > 1) return true;
  const article = hasArticle(span);
  if (!name.articles.has(article)) return false;
  if (name.skeleton.length <= SHORT_SKELETON && spelling !== name.spelling) return false;
  const [own, names] = [nisbaOf(spelling), nisbaOf(name.spelling)];
  if (own !== '' && names === '') return false;
  return own === names || !article;
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
