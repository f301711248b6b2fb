/**
 * Readable Latin forms of entity names. `latinName` gives the established English spelling when a lexicon
 * knows one of the entity's forms (data/names/latin.json, then data/gazetteers/*.json and the provinces of
 * data/places/provinces.json, then the renamed
 * place's current name); otherwise `romanize` spells the canonical name word by word: a common given name
 * by data/names/given-names.json, a word of a foreign person's name by the Western names lexicon
 * (latin/match-western-name.ts), the particles (دي → de, بن → bin, أبو → Abu, عبد → Abd), the article as
 * al-, the rest by the news-style rules of resolve/romanize-word.ts, with the foreign-name rules when the name
 * has a foreign cue (a foreign given name, a Slavic ending, پ ڤ گ چ ژ) and the Slavic ones when it has a Slavic
 * cue (a Slavic given name, a Slavic ending). Never Buckwalter.
 */
import { normalizeForMatch } from '../text/normalize.js';
import type { EntityType } from '../types.js';
import { westernName } from './latin/match-western-name.js';
import { loadGivenNames } from './ner/given-names.js';
import { orgAliases } from './resolve/alias-lexicon.js';
import { looksForeign } from './resolve/judge-foreign-look.js';
import { type LatinEntry, loadNames } from './resolve/load-names.js';
import { sameName } from './resolve/name-distance.js';
import { joinCompounds, matchWords, nameKey } from './resolve/name-key.js';
import { inConstruct, nameWordLatin } from './resolve/name-words.js';
import { orgLatin } from './resolve/org-names.js';
import { placeEnglish } from './resolve/place-english.js';
import { foreignEnding, romanizeBare, slavicEnding } from './resolve/romanize-word.js';
import { surnameLatin } from './resolve/surname-latin.js';

const PARTICLES: Record<string, string> = {
  دي: 'de',
  دو: 'de',
  بن: 'bin',
  ابن: 'ibn',
  بنت: 'bint',
  ابو: 'Abu',
  ابي: 'Abi',
  عبد: 'Abd',
  ال: 'al',
  ولد: 'Ould',
};
/** Particles of European names, read so only in a name with a foreign cue (مايك فان دير هورن). */
const FOREIGN_PARTICLES: Record<string, string> = { فان: 'van', فون: 'von', دير: 'der', دا: 'da', دل: 'del' };
const ARTICLE = /^ال(?=\p{L}{2})/u;
/** Letters Arabic words do not have: a name with one of them is foreign. */
const FOREIGN_LETTERS = /[پڤگچژ]/u;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Given {
  en: string;
  foreign: boolean;
}
let given: Map<string, Given> | undefined;

/** Lookup key of a given name: normalized words, compounds joined (عبد الله = عبدالله). */
const givenKey = (text: string) => joinCompounds(matchWords(text)).join(' ');

function givenName(words: string): Given | null {
  if (!given) {
    const { givenNames, foreignGivenNames } = loadNames();
    given = new Map();
    for (const [ar, en] of Object.entries(foreignGivenNames)) given.set(givenKey(ar), { en, foreign: true });
    for (const [ar, en] of Object.entries(givenNames)) given.set(givenKey(ar), { en, foreign: false });
  }
  return given.get(givenKey(words)) ?? null;
}

let slavicGiven: Set<string> | undefined;

/** Slavic-name cues: a Slavic given name (data/names/given-names.json) or a Slavic surname ending. */
function isSlavicName(words: string[]): boolean {
  slavicGiven ??= new Set(loadNames().slavicGivenNames.map(givenKey));
  return words.some((w) => slavicGiven?.has(givenKey(w)) || surnameEnding(w, slavicEnding));
}

/** A foreign surname ending (ـوف، ـيف، ـسكي), never on a word with the Arabic article (الصليف is al-Salif). */
const surnameEnding = (word: string, test: (bare: string) => boolean): boolean =>
  !ARTICLE.test(word) && test(word);

/** The name of God inside a name («أنصار الله», «حزب الله» when no lexicon knows it): its usual spelling. */
const GOD = 'الله';

/**
 * A word of a foreign person's name (`western`: the name has a foreign cue and is a person's) that the
 * Western names lexicon spells (latin/match-western-name.ts); not a word with the article, a final ة, a Slavic
 * ending (the ending rules read those: Lavrentiev) or an Arabic given name of the tagger's list.
 */
function westernWord(word: string, western: boolean): string | null {
  if (!western || ARTICLE.test(word) || FEMININE.test(word) || foreignEnding(word) || isArabicGiven(word))
    return null;
  return westernName(word);
}

/** A word ending in ة: an Arabic feminine (منية), never a Western name. */
const FEMININE = /ة$/u;

/** An Arabic given name of the tagger's list (data/ner/given-names.txt: سامر، ماهر، لينا). */
const isArabicGiven = (word: string): boolean => loadGivenNames().has(normalizeForMatch(word));

function romanizeWord(word: string, foreign: boolean, slavic: boolean, western = false): string {
  const norm = matchWords(word).join('');
  if (norm === GOD) return 'Allah';
  if (PARTICLES[norm]) return PARTICLES[norm];
  if (foreign && FOREIGN_PARTICLES[norm]) return FOREIGN_PARTICLES[norm];
  const known = givenName(word);
  if (known) return known.en;
  const lexicon = westernWord(word, western);
  if (lexicon) return lexicon;
  const bare = word.replace(ARTICLE, '');
  const common = foreign ? null : nameWordLatin(bare);
  const body = givenName(bare)?.en ?? common ?? capitalize(romanizeBare(bare, foreign, slavic));
  return bare === word ? body : `al-${body}`;
}

/**
 * Foreign-name cues: a foreign given name, a Slavic surname ending, a letter Arabic does not have; or, for a
 * person (`byLook`), a word spelt with a long vowel in nearly every syllable (resolve/judge-foreign-look.ts)
 * in a name with no Arabic word. Not for places and bodies: their names mix Arabic common nouns with a
 * foreign word (وكالة أنباء رويترز) and a bare Arabic place has the shape too (دوما).
 */
function isForeignName(words: string[], byLook: boolean): boolean {
  const cued = words.some(
    (w, i) =>
      givenName(w)?.foreign ||
      (i + 1 < words.length && givenName(`${w} ${words[i + 1]}`)?.foreign) ||
      surnameEnding(w, (bare) => foreignEnding(bare) !== null) ||
      FOREIGN_LETTERS.test(w),
  );
  return cued || (byLook && words.some(looksForeign) && !words.some(isArabicWord));
}

/** Letters of Arabic words that transliterations of European names do without (not ط: أنطوان; ث ذ write th). */
const ARABIC_LETTERS = /[عحصضظقخ]/u;

const ARABIC_PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'عبد', 'ولد']);

/**
 * A word that says the name is Arabic: an Arabic given name, a particle (بن، أبو، عبد), the article, or a
 * letter of ARABIC_LETTERS (إيهاب حماده: the rules for foreign names would read Hmadh).
 */
const isArabicWord = (word: string): boolean =>
  ARABIC_LETTERS.test(word) ||
  givenName(word)?.foreign === false ||
  ARABIC_PARTICLES.has(matchWords(word).join('')) ||
  ARTICLE.test(word);

/** A body's or place's word ending in ة read -at before its genitive (resolve/name-words.ts); not in people's names. */
function construct(latin: string, word: string, next: string | undefined, skip: boolean): string {
  return !skip && latin.endsWith('a') && inConstruct(word, next) ? `${latin}t` : latin;
}

/**
 * Rule romanization of an Arabic name (two-word given names such as عبد الله first); `person`: the name is a
 * person's, read as foreign by its spelling alone too (isForeignName).
 */
export function romanize(name: string, person = false): string {
  const words = name.split(/[\s\u200c]+/u).filter((w) => /\p{L}/u.test(w));
  const foreign = isForeignName(words, person);
  const slavic = isSlavicName(words);
  const out: string[] = [];
  // a person's name read as foreign, or with no Arabic word at all (فولفغانغ أيشينغر: no foreign look)
  const western = person && (foreign || !words.some((w) => isArabicWord(w) || isArabicGiven(w)));
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? givenName(`${words[i]} ${words[i + 1]}`) : null;
    const latin = pair ? null : romanizeWord(words[i], foreign, slavic, western);
    if (pair) out.push(pair.en);
    else out.push(construct(latin ?? '', words[i], words[i + 1], foreign || person));
    if (pair) i++;
  }
  return capitalize(out.join(' ').replace(/-\s+/g, '-'));
}

interface Known {
  entry: LatinEntry;
  spelling: string;
  /** 0 for latin.json (curated), 1 for the gazetteers, alias groups, peoples and provinces. */
  tier: number;
  /** From data/places/provinces.json: a place part's English (ريف دمشق → Damascus countryside) goes first. */
  province: boolean;
}
let index: Map<string, Known[]> | undefined;

/** Lexicon entries by type and skeleton block (latin.json first, then the gazetteers, alias groups, peoples, provinces). */
function lexiconIndex(): Map<string, Known[]> {
  if (index) return index;
  index = new Map();
  const { latin, gazetteer, peoples, provinces } = loadNames();
  // the curated alias groups name their organization in English too (الحوثيون, أنصار الله → Houthis)
  const aliases = orgAliases().map((a) => ({
    ar: a.names.flatMap((n) => n.ar),
    en: a.en,
    type: 'ORG' as const,
  }));
  const [curated, province] = [new Set(latin), new Set(provinces)];
  for (const entry of [...latin, ...gazetteer, ...aliases, ...peoples, ...provinces]) {
    const tier = curated.has(entry) ? 0 : 1;
    for (const ar of entry.ar) {
      const key = nameKey(ar);
      const block = `${entry.type}|${key.block}`;
      const known = { entry, spelling: key.plain.join(' '), tier, province: province.has(entry) };
      index.set(block, [...(index.get(block) ?? []), known]);
    }
  }
  return index;
}

/**
 * The English spelling a lexicon gives for one of `forms` (most frequent first), matched as the resolver
 * matches names (an `exact` entry only as spelled); `provinces: false` leaves data/places/provinces.json out.
 */
export function knownLatin(type: EntityType, forms: string[], provinces = true): string | null {
  const types: EntityType[] = type === 'MISC' ? ['LOC', 'ORG', 'PER', 'MISC'] : [type];
  for (const form of forms) {
    const key = nameKey(form);
    const spelling = key.plain.join(' ');
    for (const t of types) {
      // the curated lexicon first; within a tier, the entry spelled exactly so before a near one
      // (البرازيل is Brazil, not Brasilia)
      const hits = (lexiconIndex().get(`${t}|${key.block}`) ?? []).filter(
        (k) =>
          (provinces || !k.province) &&
          (k.entry.exact ? k.spelling === spelling : sameName(spelling, k.spelling, key.skeleton, t)),
      );
      const rank = (k: Known) => 2 * k.tier + (k.spelling === spelling ? 0 : 1);
      const hit = hits.reduce<Known | undefined>(
        (best, k) => (!best || rank(k) < rank(best) ? k : best),
        undefined,
      );
      if (hit) return hit.entry.en;
    }
  }
  return null;
}

/** Whether a lexicon has `name` itself (its normalized spelling, any type): no spelling distance allowed. */
export function lexiconHas(name: string): boolean {
  const key = nameKey(name);
  const spelling = key.plain.join(' ');
  return (['LOC', 'ORG', 'PER', 'MISC'] as const).some((t) =>
    lexiconIndex()
      .get(`${t}|${key.block}`)
      ?.some((k) => k.spelling === spelling),
  );
}

/**
 * A person's name whose family name a lexicon spells (resolve/surname-latin.ts): the given names by rule and
 * the family name as the lexicon has it (جيم ماتيس → Jim Mattis, ترامب → Trump); null when it spells none.
 */
function withKnownSurname(name: string): string | null {
  const words = name.split(/\s+/u).filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const surname = surnameLatin([words.slice(k).join(' ')], k === 0);
    if (surname) return k === 0 ? surname : `${romanize(words.slice(0, k).join(' '), true)} ${surname}`;
  }
  return null;
}

export function latinName(type: EntityType, canonical: string, forms: string[], placeLatin?: string): string {
  const org = type === 'ORG' ? forms.map(orgLatin).find(Boolean) : null;
  const part = type === 'LOC' ? placeEnglish(canonical) : null;
  const surname = type === 'PER' ? withKnownSurname(canonical) : null;
  return (
    placeLatin ??
    knownLatin(type, forms, false) ??
    org ??
    part ??
    knownLatin(type, forms) ??
    surname ??
    romanize(canonical, type === 'PER')
  );
}
