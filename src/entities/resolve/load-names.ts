/**
 * The curated lexicons of data/names (and the NER helper's data/gazetteers, when present), read once and
 * cached. Paths are relative to this file so they work from src/ (tsx) and from dist/ (built).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MasarError } from '../../errors/catalogue.js';
import type { EntityType } from '../../types.js';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

export interface Alternation {
  letters: string[];
  as: string;
}
export interface RenamedPlace {
  id: string;
  latin: string;
  names: { en: string; ar: string[]; from?: string; until?: string }[];
}
export interface LatinEntry {
  ar: string[];
  en: string;
  type: EntityType;
  /** `maghreb`: a French-based spelling that is this person's own, never lent to others of the family name. */
  style?: 'maghreb';
  /** Matched only as spelled, never by distance (short local places: نابل is not نبل). */
  exact?: boolean;
}

export interface NameLexicons {
  alternations: Alternation[];
  /** Letters of two alternation classes that also write one foreign sound (Turkish ç: ج / تش / چ). */
  crossAlternations: Alternation[];
  longVowels: string[];
  demonyms: Record<string, string>;
  renamedPlaces: RenamedPlace[];
  latin: LatinEntry[];
  /** data/gazetteers/*.json (but the minor cities) and CLDR's territories (data/places/territories.json). */
  gazetteer: LatinEntry[];
  /** Provinces of the Arabic-speaking countries (data/places/provinces.json, generated): LOC, English name. */
  provinces: LatinEntry[];
  /** Peoples and communities named by a plural noun (peoples.json): MISC, with their English name. */
  peoples: LatinEntry[];
  givenNames: Record<string, string>;
  /** Western, Russian and other foreign given names: also a foreign-name cue for the romanizer. */
  foreignGivenNames: Record<string, string>;
  /** The Slavic ones of `foreignGivenNames` (Arabic forms): a Slavic-name cue (ف → v). */
  slavicGivenNames: string[];
  /** Country (Arabic) → English adjective. */
  adjectives: Record<string, string>;
  orgHeads: Record<string, OrgHead>;
  portfolios: Record<string, string>;
}

export interface OrgHead {
  en: string;
  /** Where the rest of the name goes in English: after the head (Ministry of Defence) or before it (Syrian Army). */
  rest: 'after' | 'before';
}

function readJson(path: string): Record<string, unknown> {
  if (!existsSync(path)) throw new MasarError('MODEL_MISSING', path);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/**
 * Entries `{ ar: string[], en: string, type }` of every data/gazetteers/*.json file (optional), without the
 * `minor` ones (small towns and stations CLDR names a zone after, cities.json: بيترسبرغ is Petersburg,
 * Indiana there; the tagger still reads them, its features are frozen with the model).
 */
function readGazetteers(): LatinEntry[] {
  const dir = `${DATA}gazetteers/`;
  if (!existsSync(dir)) return [];
  const entries: LatinEntry[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const list = (readJson(dir + file).entries ?? []) as (Partial<LatinEntry> & { minor?: boolean })[];
    for (const e of list) {
      if (e.minor) continue;
      if (Array.isArray(e.ar) && typeof e.en === 'string' && e.type)
        entries.push({ ar: e.ar.filter(Boolean), en: e.en, type: e.type });
    }
  }
  return entries;
}

/**
 * data/places/territories.json (`npm run build:territories`): CLDR's Arabic and English names of countries,
 * territories, continents and regions (المكسيك → Mexico, آسيا → Asia), read with the gazetteers; empty when absent.
 */
function readTerritories(): LatinEntry[] {
  const path = `${DATA}places/territories.json`;
  if (!existsSync(path)) return [];
  return (readJson(path).entries ?? []) as LatinEntry[];
}

/** data/places/provinces.json (`npm run build:places`) as lexicon entries; empty when absent. */
function readProvinces(): LatinEntry[] {
  const path = `${DATA}places/provinces.json`;
  if (!existsSync(path)) return [];
  const list = (readJson(path).entries ?? []) as { ar: string; en: string }[];
  return list.map((p) => ({ ar: [p.ar], en: p.en, type: 'LOC' as const, exact: true }));
}

let cached: NameLexicons | undefined;

export function loadNames(): NameLexicons {
  if (cached) return cached;
  const names = (file: string) => readJson(`${DATA}names/${file}`);
  const alternations = names('alternations.json');
  const given = names('given-names.json');
  const demonyms = names('demonyms.json');
  const org = names('org-heads.json');
  cached = {
    alternations: alternations.ALTERNATIONS as Alternation[],
    crossAlternations: (alternations.CROSS_ALTERNATIONS ?? []) as Alternation[],
    longVowels: alternations.LONG_VOWELS as string[],
    demonyms: demonyms.DEMONYMS as Record<string, string>,
    adjectives: demonyms.ENGLISH_ADJECTIVES as Record<string, string>,
    orgHeads: org.HEADS as Record<string, OrgHead>,
    portfolios: org.PORTFOLIOS as Record<string, string>,
    renamedPlaces: names('renamed-places.json').RENAMED_PLACES as RenamedPlace[],
    latin: names('latin.json').LATIN as LatinEntry[],
    gazetteer: [...readGazetteers(), ...readTerritories()],
    provinces: readProvinces(),
    peoples: (names('peoples.json').PEOPLES as { ar: string[]; en: string }[]).map((p) => ({
      ...p,
      type: 'MISC' as const,
    })),
    givenNames: given.GIVEN_NAMES as Record<string, string>,
    foreignGivenNames: given.FOREIGN_GIVEN_NAMES as Record<string, string>,
    slavicGivenNames: (given.SLAVIC_GIVEN_NAMES ?? []) as string[],
  };
  return cached;
}

/** Whether a normalized word is a given name of the lexicon (Arabic or foreign). */
export function isGivenName(word: string): boolean {
  const { givenNames, foreignGivenNames } = loadNames();
  return Boolean(givenNames[word] || foreignGivenNames[word]);
}
