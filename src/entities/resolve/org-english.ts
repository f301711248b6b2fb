/**
 * The English name of an organization that no lexicon names, rendered word by word when every word has a
 * rendering (data/names/org-words.json, country adjectives of data/names/demonyms.json, places,
 * organizations and people a lexicon knows). Arabic puts the head first and its complements and adjectives
 * after it; English puts them before the head, proper names and country adjectives first, a complement
 * with «لـ» after it as "for …":
 *   مجلس منبج العسكري → Manbij Military Council, وكالة الأنباء الفرنسية → French News Agency,
 *   المرصد السوري لحقوق الإنسان → Syrian Observatory for Human Rights, حزب العدالة والتنمية → Justice and
 *   Development Party. A known name with a country adjective after it: حزب الله اللبناني → Lebanese Hezbollah.
 * Null as soon as one word has no rendering: a half-translated name reads worse than a transliteration.
 * Written here because no library translates Arabic institution names offline.
 */
import { readFileSync } from 'node:fs';
import { knownLatin } from '../romanize.js';
import { countryOfDemonym } from './demonyms.js';
import { loadNames } from './load-names.js';
import { dropArticle, keyWithoutArticles, matchWords } from './name-key.js';

const ORG_WORDS_FILE = new URL('../../../data/names/org-words.json', import.meta.url);
interface OrgWords {
  HEADS: Record<string, string>;
  PHRASES: Record<string, string>;
  WORDS: Record<string, { en: string; pos: 'noun' | 'adj' }>;
  OF_PLACE: string[];
  DESCRIPTIVE: string[];
}

type Kind = 'name' | 'country' | 'adj' | 'noun';
interface Rendering {
  en: string;
  kind: Kind;
  /** A name an organization lexicon knows (رويترز): with a generic head it is the whole name. */
  org?: boolean;
}
interface Unit extends Rendering {
  /** Joined to the unit before by «و» (and). */
  and: boolean;
  /** Opens a complement with «لـ» (for). */
  lam: boolean;
  width: number;
}

const MAX_SPAN = 3;
const keyOf = (words: readonly string[]) => words.map(dropArticle).join(' ');

interface Tables {
  heads: Map<string, string>;
  phrases: Map<string, string>;
  words: Map<string, { en: string; kind: Kind }>;
  adjectives: Map<string, string>;
  ofPlace: Set<string>;
  descriptive: Set<string>;
}
let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const data = JSON.parse(readFileSync(ORG_WORDS_FILE, 'utf8')) as OrgWords;
  const key = keyWithoutArticles;
  const entries = (record: Record<string, string>) =>
    new Map(Object.entries(record).map(([ar, en]) => [key(ar), en]));
  tables = {
    heads: entries(data.HEADS),
    phrases: entries(data.PHRASES),
    words: new Map(Object.entries(data.WORDS).map(([ar, w]) => [key(ar), { en: w.en, kind: w.pos as Kind }])),
    adjectives: entries(loadNames().adjectives),
    ofPlace: new Set(data.OF_PLACE.map(key)),
    descriptive: new Set(data.DESCRIPTIVE.map((ar) => data.WORDS[ar]?.en ?? ar)),
  };
  return tables;
}

/** The English of a country adjective (الروسية → Russian), or null. */
function countryAdjective(word: string): string | null {
  const country = countryOfDemonym(word);
  return country ? (load().adjectives.get(keyWithoutArticles(country)) ?? null) : null;
}

/** The rendering of words as written (article dropped), or null. */
function lookup(words: readonly string[]): Rendering | null {
  const word = load().words.get(keyOf(words));
  if (word) return word;
  const country = words.length === 1 ? countryAdjective(words[0]) : null;
  if (country) return { en: country, kind: 'country' };
  const text = words.join(' ');
  const org = knownLatin('ORG', [text]);
  if (org) return { en: org, kind: 'name', org: true };
  const known = knownLatin('LOC', [text]) ?? knownLatin('PER', [text]);
  return known ? { en: known, kind: 'name' } : null;
}

/** The unit that starts at `words[0]`: the longest span that renders, with a leading «و» or «لـ» read off. */
function unitAt(words: readonly string[]): Unit | null {
  for (let width = Math.min(MAX_SPAN, words.length); width >= 1; width--) {
    const span = words.slice(0, width);
    const first = span[0];
    const lamArticle = /^و?لل/u.test(first);
    const readings: [string, boolean, boolean][] = lamArticle
      ? [[first, first.startsWith('و'), true]]
      : [
          [first, /^وال/u.test(first), false],
          [first.slice(1), first.startsWith('و'), false],
          [first.slice(1), false, first.startsWith('ل')],
        ];
    for (const [head, and, lam] of readings) {
      if (head !== first && !and && !lam) continue;
      const found = lookup([head, ...span.slice(1)]);
      if (found) return { ...found, and, lam, width };
    }
  }
  return null;
}

/** English of a run of units: names and country adjectives, then adjectives and nouns, each last first. */
function render(units: Unit[]): string {
  const groups: Unit[] = [];
  for (const unit of units) {
    const last = groups.at(-1);
    if (unit.and && last && last.kind === unit.kind) last.en = `${last.en} and ${unit.en}`;
    else groups.push({ ...unit });
  }
  const of = (kind: Kind) => groups.filter((u) => u.kind === kind).map((u) => u.en);
  return [...of('name'), ...of('country'), ...of('adj').reverse(), ...of('noun').reverse()].join(' ');
}

/** The head (a fixed two-word phrase or a head noun) and how many words it takes, or null. */
function headOf(words: readonly string[]): { en: string; width: number; ofPlace: boolean } | null {
  const { heads, phrases, ofPlace } = load();
  const phrase = phrases.get(keyOf(words.slice(0, 2)));
  if (phrase && words.length >= 2) return { en: phrase, width: 2, ofPlace: false };
  const key = dropArticle(words[0] ?? '');
  const head = heads.get(key);
  return head ? { en: head, width: 1, ofPlace: ofPlace.has(key) } : null;
}

/** A known organization with only country adjectives and descriptive complements around it (وكالة رويترز للأنباء). */
function knownOrganization(before: Unit[], after: Unit[]): string | null {
  const names = before.filter((u) => u.kind !== 'country');
  const descriptive = after.every((u) => load().descriptive.has(u.en));
  return names.length === 1 && names[0].org && descriptive ? names[0].en : null;
}

function fromHead(words: readonly string[]): string | null {
  const head = headOf(words);
  if (!head) return null;
  if (words.length === head.width) return head.width > 1 ? head.en : null;
  const before: Unit[] = [];
  const after: Unit[] = [];
  for (let i = head.width; i < words.length; ) {
    const unit = unitAt(words.slice(i));
    if (!unit) return null;
    if (unit.lam || after.length > 0) after.push(unit);
    else before.push(unit);
    i += unit.width;
  }
  // «وكالة رويترز للأنباء», «نادي ريال مدريد الإسباني»: the head and the rest only describe a known organization
  const known = knownOrganization(before, after);
  if (known) return known;
  // a descriptive complement of a name no lexicon knows reads as a modifier: الوكالة السورية للأنباء → Syrian News Agency
  if (after.length > 0 && after.every((u) => load().descriptive.has(u.en))) before.push(...after.splice(0));
  const lonePlace = before.length === 1 && before[0].kind === 'name' && !before[0].org && after.length === 0;
  if (head.ofPlace && lonePlace) return `${head.en} of ${before[0].en}`;
  // an adjective the head's English already says (المنتخب الوطني: National Team)
  const said = new Set(head.en.split(' '));
  const core = [render(before.filter((u) => !said.has(u.en))), head.en].filter(Boolean).join(' ');
  return after.length > 0 ? `${core} for ${render(after)}` : core;
}

/** A name a lexicon knows followed by a country adjective: حزب الله اللبناني → Lebanese Hezbollah. */
function knownWithCountry(words: readonly string[]): string | null {
  if (words.length < 2) return null;
  const adjective = countryAdjective(words[words.length - 1]);
  const known = adjective ? knownLatin('ORG', [words.slice(0, -1).join(' ')]) : null;
  if (!known) return null;
  // a name that opens with its own article takes no adjective before it (The Washington Post)
  return known.startsWith('The ') ? known : `${adjective} ${known}`;
}

/** The English name of an organization no lexicon knows, or null. */
export function orgEnglish(name: string): string | null {
  const words = matchWords(name);
  return knownWithCountry(words) ?? fromHead(words);
}

/** Whether a word (with or without its article) is the head noun of institutional names (مرصد، وكالة، حزب …). */
export function isOrgHead(word: string): boolean {
  return load().heads.has(dropArticle(matchWords(word).join('')));
}
