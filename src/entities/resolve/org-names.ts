/**
 * Organization names built on a head noun (data/names/org-heads.json): وزارة الخارجية الروسية is the head
 * وزارة, the rest خارجيه روسيه. `orgParts` splits a name's match key that way (for linking short forms);
 * `orgLatin` spells it in English from the head, a ministry portfolio and a country adjective
 * (data/names/demonyms.json): Russian Ministry of Foreign Affairs. Null when a part is not in the tables.
 */
import { countryOfDemonym } from './demonyms.js';
import { loadNames, type OrgHead } from './load-names.js';
import { dropArticle, keyWithoutArticles, matchWords, type NameKey } from './name-key.js';
import { orgEnglish } from './org-english.js';

interface Tables {
  heads: Map<string, OrgHead>;
  portfolios: Map<string, string>;
  adjectives: Map<string, string>;
}
let tables: Tables | undefined;

const keyOf = keyWithoutArticles;

function load(): Tables {
  if (tables) return tables;
  const { orgHeads, portfolios, adjectives } = loadNames();
  tables = {
    heads: new Map(Object.entries(orgHeads).map(([ar, head]) => [keyOf(ar), head])),
    portfolios: new Map(Object.entries(portfolios).map(([ar, en]) => [keyOf(ar), en])),
    adjectives: new Map(Object.entries(adjectives).map(([ar, en]) => [keyOf(ar), en])),
  };
  return tables;
}

/** Skeletons after a head noun (وزارة الخارجية الروسية → the skeletons of خارجيه روسيه), or null. */
export function orgRest(key: NameKey): string[] | null {
  return key.plain.length >= 2 && load().heads.has(key.plain[0]) ? key.skeletons.slice(1) : null;
}

/** The English name of an organization built on a head noun (a ministry, or word by word: org-english.ts), or null. */
export function orgLatin(name: string): string | null {
  return ministryLatin(name) ?? orgEnglish(name);
}

function ministryLatin(name: string): string | null {
  const { heads, portfolios, adjectives } = load();
  const words = matchWords(name).map(dropArticle);
  const head = heads.get(words[0] ?? '');
  if (!head || words.length < 2) return null;
  const country = countryOfDemonym(words.at(-1) ?? '');
  const adjective = country ? adjectives.get(keyOf(country)) : undefined;
  const middle = words.slice(1, adjective ? -1 : undefined).join(' ');
  const portfolio = middle ? portfolios.get(middle) : undefined;
  if (middle && !portfolio) return null;
  if (!portfolio && (head.rest === 'after' || !adjective)) return null;
  const core =
    head.rest === 'after' ? `${head.en} ${portfolio}` : [portfolio, head.en].filter(Boolean).join(' ');
  return adjective ? `${adjective} ${core}` : core;
}
