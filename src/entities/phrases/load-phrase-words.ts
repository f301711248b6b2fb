/**
 * The word lists of the phrase rules, as match keys (src/text/normalize.ts) without the article: organization
 * heads (data/gazetteers/org-heads.json and data/names/org-heads.json, read-only, plus the extra heads of
 * data/names/org-phrases.json), the organization-phrase words, the place words of data/places/place-heads.json
 * and the province names of data/places/provinces.json. Loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeForMatch } from '../../text/normalize.js';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${DATA}${path}`, 'utf8')) as T;

/** Match key of a word without its article: «الخارجية» → «خارجيه». */
export const bareKey = (word: string): string => {
  const key = normalizeForMatch(word);
  return key.startsWith('ال') && key.length > 4 ? key.slice(2) : key;
};
const keys = (words: string[]): ReadonlySet<string> => new Set(words.map(bareKey));

export interface PhraseWords {
  orgHeads: ReadonlySet<string>;
  orgAdjectives: ReadonlySet<string>;
  genericComplements: ReadonlySet<string>;
  descriptiveAdjectives: ReadonlySet<string>;
  activityComplements: ReadonlySet<string>;
  roleComplements: ReadonlySet<string>;
  verbalNounHeads: ReadonlySet<string>;
  activityAdjectives: ReadonlySet<string>;
  liRemitNouns: ReadonlySet<string>;
  placeBodyHeads: ReadonlySet<string>;
  definiteDescriptionHeads: ReadonlySet<string>;
  stopComplements: ReadonlySet<string>;
  mediaHeads: ReadonlySet<string>;
  mediaNouns: ReadonlySet<string>;
  /** Last words of outlet names, each as its list of match keys («تي في» → two). */
  mediaTails: readonly string[][];
  placeHeads: ReadonlySet<string>;
  joinedHeads: ReadonlySet<string>;
  nameWords: ReadonlySet<string>;
  /** The name words as written (with their hamza), to tell رأس from a verb with the same letters. */
  nameWordsWritten: ReadonlySet<string>;
  placeGeneric: ReadonlySet<string>;
  directions: ReadonlySet<string>;
  pluralPlaceHeads: ReadonlySet<string>;
  clubCues: ReadonlySet<string>;
  /** Province names, each as its list of match keys (article kept: «الحسكة» stays «الحسكه»). */
  provinces: ReadonlyMap<string, string[][]>;
}

interface GazetteerHeads {
  entries: { ar: string }[];
}

function loadProvinces(): Map<string, string[][]> {
  const { entries } = readJson<{ entries: { ar: string }[] }>('places/provinces.json');
  const byFirst = new Map<string, string[][]>();
  for (const { ar } of entries) {
    const words = ar.split(/\s+/u).map(normalizeForMatch);
    byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), words]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

let cached: PhraseWords | null = null;

export function loadPhraseWords(): PhraseWords {
  if (cached) return cached;
  const gazetteerHeads = readJson<GazetteerHeads>('gazetteers/org-heads.json').entries.map((e) => e.ar);
  const nameHeads = Object.keys(readJson<{ HEADS: Record<string, unknown> }>('names/org-heads.json').HEADS);
  const org = readJson<Record<string, string[]>>('names/org-phrases.json');
  const place = readJson<Record<string, string[]>>('places/place-heads.json');
  // Heads written with the article (الكرملين، الأمم) are names themselves, not heads of a phrase.
  const heads = [...gazetteerHeads, ...nameHeads, ...org.EXTRA_HEADS].filter((w) => !w.startsWith('ال'));
  cached = {
    orgHeads: keys(heads),
    orgAdjectives: keys(org.ADJECTIVES),
    genericComplements: keys(org.GENERIC_COMPLEMENTS),
    descriptiveAdjectives: keys(org.DESCRIPTIVE_ADJECTIVES),
    activityComplements: keys(org.ACTIVITY_COMPLEMENTS),
    roleComplements: keys(org.ROLE_COMPLEMENTS),
    verbalNounHeads: keys(org.VERBAL_NOUN_HEADS),
    activityAdjectives: keys(org.ACTIVITY_ADJECTIVES),
    liRemitNouns: keys(org.LI_REMIT_NOUNS),
    placeBodyHeads: keys(org.PLACE_BODY_HEADS),
    definiteDescriptionHeads: keys(org.DEFINITE_DESCRIPTION_HEADS),
    stopComplements: keys(org.STOP_COMPLEMENTS),
    mediaHeads: keys(org.MEDIA_HEADS),
    mediaNouns: keys(org.MEDIA_NOUNS),
    mediaTails: org.MEDIA_TAILS.map((tail) => tail.split(/\s+/u).map(normalizeForMatch)),
    placeHeads: keys(place.HEADS),
    joinedHeads: keys(place.JOINED_HEADS),
    nameWords: keys(place.NAME_WORDS),
    nameWordsWritten: new Set(place.NAME_WORDS),
    placeGeneric: keys(place.GENERIC),
    directions: keys(place.DIRECTIONS),
    pluralPlaceHeads: keys(place.PLURAL_HEADS),
    clubCues: keys(place.CLUB_CUES),
    provinces: loadProvinces(),
  };
  return cached;
}
