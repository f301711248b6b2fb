/**
 * The story's known names, indexed for the known-name pass: every distinct (type, spelling) the tagger
 * found, keyed by the skeletons of its words (./word-keys.ts), with every leading part of a key kept so a
 * scan stops at the first word that starts no name. Left out, because propagating them would flood:
 * - a nisba adjective read as its country (الروسية → روسيا): the country is not named there;
 * - a name that starts or ends with a function word (./constants.ts): the tagger's span ran over;
 * - a one-word name whose skeleton has fewer than three letters (ريف، جار), unless a place head
 *   introduces it (./introduced-places.ts: بلدة دوما; it must then be spelt exactly);
 * - for people, a given name alone (ستيفان) and any leading part of a longer name in the story: a first
 *   name alone must never be spread as the full person (two Bashars, two Stephans).
 * A person's family name alone is indexed too (./family-names.ts: خاشقجي of جمال خاشقجي), as a one-word name.
 */
import type { EntityType } from '../../types.js';
import type { Form } from '../resolve/collect-forms.js';
import { isGivenName } from '../resolve/load-names.js';
import { matchWords, nameKey } from '../resolve/name-key.js';
import { FUNCTION_WORDS } from './constants.js';
import { familyNameOf } from './family-names.js';
import { hasArticle, joined, wordSkeleton, wordsOf } from './word-keys.js';

export interface KnownName {
  type: EntityType;
  /** The resolver's spelling key (`Form.spelling`): what `nameDistance` compares. */
  spelling: string;
  skeleton: string;
  block: string;
  words: number;
  /** Tagged mentions with this type and spelling. */
  count: number;
  /** Whether the tagged forms start with the article: with (true), without (false) or both. */
  articles: Set<boolean>;
  /** For a family name alone (./family-names.ts): the documents (indices) that tag the full name. */
  familyOf?: Set<number>;
  /** For a place: the documents (indices) that introduce it with a place head (./introduced-places.ts). */
  introducedIn?: Set<number>;
}

export interface KnownIndex {
  /** Word skeletons joined by a space → the names with that key. */
  names: Map<string, KnownName[]>;
  /** Every leading part (one word or more) of a key of `names`, the whole key excluded. */
  prefixes: Set<string>;
}

const MIN_ONE_WORD_SKELETON = 3;
/** A place a report introduces with a head (./introduced-places.ts) may be shorter: دوما، الغوطة. */
const MIN_INTRODUCED_SKELETON = 2;

/** Skeletons (space-joined) of every proper leading part of a person's name of two words or more. */
function leadingParts(forms: Form[]): Set<string> {
  const parts = new Set<string>();
  for (const form of forms) {
    if (form.type !== 'PER') continue;
    const { skeletons } = form.key;
    for (let n = 1; n < skeletons.length; n++) parts.add(skeletons.slice(0, n).join(' '));
  }
  return parts;
}

/** Whether the name starts or ends with a function word (a tagger's span that took in «في» or «من»). */
function edgedByFunctionWord(display: string): boolean {
  const words = matchWords(display);
  return FUNCTION_WORDS.has(words[0] ?? '') || FUNCTION_WORDS.has(words[words.length - 1] ?? '');
}

function spreadable(form: Form, leading: Set<string>, introduced: boolean): boolean {
  if (form.country || edgedByFunctionWord(form.display)) return false;
  const { skeletons, plain } = form.key;
  const min = introduced ? MIN_INTRODUCED_SKELETON : MIN_ONE_WORD_SKELETON;
  if (skeletons.length === 1 && skeletons[0].length < min) return false;
  if (form.type !== 'PER') return true;
  return !leading.has(form.key.skeleton) && !(plain.length === 1 && isGivenName(plain[0]));
}

/** The lookup key of a form's display words, or null when something other than spaces separates them. */
function lookupKey(display: string): string | null {
  const words = wordsOf(display);
  for (let i = 1; i < words.length; i++) if (!joined(display, words[i - 1], words[i])) return null;
  return words.length > 0 ? words.map((w) => wordSkeleton(w.text)).join(' ') : null;
}

/** A one-word form of a person's family name (see ./family-names.ts), for the index only. */
function familyNameForm(form: Form): Form | null {
  const display = familyNameOf(form);
  if (!display) return null;
  const key = nameKey(display);
  return key.words.length === 1
    ? { ...form, display, text: display, key, spelling: key.plain.join(' ') }
    : null;
}

/** Notes that the form's document introduces the name with a place head (./introduced-places.ts). */
function noteIntroduced(name: KnownName, form: Form, introduced: ReadonlySet<Form>): void {
  if (!introduced.has(form)) return;
  name.introducedIn ??= new Set();
  name.introducedIn.add(form.doc);
}

export function indexKnownNames(tagged: Form[], introduced: ReadonlySet<Form> = new Set()): KnownIndex {
  const family = new Set(tagged.map(familyNameForm).filter((f): f is Form => f !== null));
  const forms = [...tagged, ...family];
  const leading = leadingParts(tagged);
  const counts = new Map<string, number>();
  const keys = new Map<string, string | null>();
  const byName = new Map<string, KnownName>();
  const names = new Map<string, KnownName[]>();
  const prefixes = new Set<string>();
  for (const form of forms) {
    const spelling = `${form.type}|${form.spelling}`;
    if (!family.has(form)) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    if (!keys.has(form.display)) keys.set(form.display, lookupKey(form.display));
    const key = keys.get(form.display);
    if (!key) continue;
    const seen = byName.get(`${spelling}|${key}`);
    if (seen) {
      seen.articles.add(hasArticle(form.display));
      if (family.has(form)) seen.familyOf?.add(form.doc);
      noteIntroduced(seen, form, introduced);
      continue;
    }
    if (!spreadable(form, leading, introduced.has(form))) continue;
    const { skeleton, block, words } = form.key;
    const name: KnownName = {
      type: form.type,
      spelling: form.spelling,
      skeleton,
      block,
      words: words.length,
      count: 0,
      articles: new Set([hasArticle(form.display)]),
      ...(family.has(form) ? { familyOf: new Set([form.doc]) } : {}),
    };
    noteIntroduced(name, form, introduced);
    byName.set(`${spelling}|${key}`, name);
    names.set(key, [...(names.get(key) ?? []), name]);
    const parts = key.split(' ');
    for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
  }
  for (const name of byName.values()) name.count = counts.get(`${name.type}|${name.spelling}`) ?? 0;
  return { names, prefixes };
}
