/**
 * Forms that name no story entity though the tagger marks them: God and His epithets standing alone
 * (data/names/not-names.json), currency nouns (data/ner/currencies.txt, CLDR: دولار، اليورو), and a word
 * that only begins a place name standing alone without the article (ريف، خان، تل، جبل: data/places/
 * place-heads.json JOINED_HEADS and NAME_WORDS) as a place, a proclitic before it or not («بريف» of «بريف دمشق», «خان»
 * of «خان شيخون»: the tagger's span stopped short), and a future verb with a dual or plural ending
 * (ستتخذان، ستلتزمان، سيعلنان: س + an imperfect prefix, a stem without ا, seven letters or more; سيستان,
 * ستالين and سيباستيان stay names), and an indefinite organization head with an indefinite nisba
 * adjective (منظمة إرهابية: a description), and an organization head noun alone (منظمة). Such a mention is left out of the entities; its words stay in the text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeForMatch } from '../../text/normalize.js';
import type { EntityType } from '../../types.js';
import { loadCurrencies } from '../ner/currencies.js';
import { loadPhraseWords } from '../phrases/load-phrase-words.js';

const NOT_NAMES_PATH = fileURLToPath(new URL('../../../data/names/not-names.json', import.meta.url));

let notNames: Set<string> | undefined;

function loadNotNames(): Set<string> {
  if (notNames) return notNames;
  const listed = existsSync(NOT_NAMES_PATH)
    ? ((JSON.parse(readFileSync(NOT_NAMES_PATH, 'utf8')) as { NOT_NAMES?: string[] }).NOT_NAMES ?? [])
    : [];
  notNames = new Set([...listed.map(normalizeForMatch), ...loadCurrencies()]);
  return notNames;
}

const PROCLITIC = /^[وف]?[بلك]?/u;
/** س + ي ت ن + a stem without ا + ان، ون، ين, on the normalized word (سيباستيان has an ا: a name). */
const FUTURE_PLURAL_VERB = /^[وف]?س[يتن][^ا\P{L}]{3,}(?:ان|ون|ين)$/u;
const MIN_VERB_LETTERS = 7;

const isFutureVerb = (word: string): boolean =>
  [...word].length >= MIN_VERB_LETTERS && FUTURE_PLURAL_VERB.test(word);

/** Whether the word (normalized) is a place-name opener alone: ريف، بريف، وخان (not الريف, a region). */
function isPlaceOpener(word: string): boolean {
  const { joinedHeads, nameWords } = loadPhraseWords();
  const bare = word.replace(PROCLITIC, '');
  return [word, bare].some((w) => joinedHeads.has(w) || nameWords.has(w));
}

/** Nisba adjectives agreeing with the head (match keys: ة is ه): feminine -ية, masculine -ي on 5+ letters. */
const FEMININE_NISBA = /^\p{L}{3,}يه$/u;
const MASCULINE_NISBA = /^\p{L}{4,}ي$/u;

/**
 * Two indefinite words, an organization head noun and a nisba adjective agreeing with it: a description, no
 * name («منظمة إرهابية», «تنظيم إرهابي», «محكمة اسكتلندية»); names take the article on their adjective
 * (الدولة الإسلامية), and a name after a feminine head is no feminine nisba (شركة سوخوي، جبهة ميدي).
 */
function isHeadDescription(words: string[]): boolean {
  if (words.length !== 2 || words[1].startsWith('ال') || !loadPhraseWords().orgHeads.has(words[0]))
    return false;
  return words[0].endsWith('ه') ? FEMININE_NISBA.test(words[1]) : MASCULINE_NISBA.test(words[1]);
}

/** Whether the whole form is a word or description that names no entity; place openers only for places (خان a surname). */
export function isNotName(display: string, type?: EntityType): boolean {
  const word = normalizeForMatch(display.trim());
  if (loadNotNames().has(word) || isFutureVerb(word)) return true;
  if (type !== 'PER' && isHeadDescription(word.split(/\s+/u))) return true;
  // An organization head noun alone and without the article (منظمة، حركة): the tagger's junk, no name.
  if (type === 'ORG' && !/\s/u.test(word) && loadPhraseWords().orgHeads.has(word)) return true;
  return type === 'LOC' && !/\s/u.test(word) && isPlaceOpener(word);
}
