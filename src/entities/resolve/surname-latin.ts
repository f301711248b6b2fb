/**
 * The English of a family name said alone («ترامب», «جاوش أوغلو») from the people of data/names/latin.json:
 * an entry whose Arabic form ends in exactly these words gives the English words they stand for, word for word
 * when the Arabic and English counts agree (دونالد ترامب → Donald Trump: Trump; رجب طيب أردوغان: Erdoğan), else
 * the English without the given name (مولود جاويش أوغلو → Mevlüt Çavuşoğlu: جاويش أوغلو is Çavuşoğlu). A given
 * name alone is left out. Only when every such entry agrees: two people of one family name in the
 * lexicon give none. The full name is not claimed: the family name alone may be another person's. Entries
 * with `style: "maghreb"` (a French-based spelling: Youssef Chahed) give it only to the family name said
 * alone, never after someone else's given names.
 */
import { isGivenName, loadNames } from './load-names.js';
import { matchWords, nameKey } from './name-key.js';

let bySurname: Map<string, Set<string>> | undefined;
/** The same without the Maghrebi office-holders' French-based spellings: for a family name after given names. */
let lendable: Map<string, Set<string>> | undefined;
/** English names that open with a title («King Salman»): their second word is no family name. */
const TITLES = new Set([
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Crown',
  'Sheikh',
  'Emir',
  'Pope',
  'Sultan',
  'Imam',
]);
/** «سلمان بن عبد العزيز»: what follows a particle is a father's name, not a family name. */
const PARTICLES = new Set(['بن', 'ابن', 'بنت']);
const ENGLISH_ARTICLE = /^(?:al|el|Al|El)-/u;
const ARABIC_ARTICLE = /^(?:ال|آل)/u;

/**
 * Arabic family names (the words as written, particles apart) and their English: word for word when the
 * counts agree (رجب طيب أردوغان: أردوغان → Erdoğan; محمد بن سلمان: بن سلمان → bin Salman); else, for a
 * two-word English name, all Arabic words but the first for its second (بان كي مون: كي مون → Ki-moon).
 */
function pairs(words: readonly string[], english: readonly string[]): [string, string][] {
  if (words.length === english.length)
    return words.slice(1).map((_, i) => [words.slice(i + 1).join(' '), english.slice(i + 1).join(' ')]);
  const rest = words.slice(1);
  const nameAndSurname = english.length === 2 && !TITLES.has(english[0]) && !PARTICLES.has(rest[0]);
  return nameAndSurname ? [[rest.join(' '), english[1]]] : [];
}

const keyOf = (text: string) => nameKey(text).plain.join(' ');

function index(alone: boolean): Map<string, Set<string>> {
  if (bySurname && lendable) return alone ? bySurname : lendable;
  [bySurname, lendable] = [new Map(), new Map()];
  for (const entry of loadNames().latin) {
    const english = entry.en.split(' ');
    if (entry.type !== 'PER' || english.length < 2) continue;
    for (const ar of entry.ar) {
      const words = matchWords(ar);
      if (words.length < 2) continue;
      for (const [arabic, en] of pairs(words, english)) {
        const key = keyOf(arabic);
        if ((!key.includes(' ') && isGivenName(key)) || isGivenName(arabic)) continue;
        // a Maghrebi office-holder's French-based spelling is lent to nobody else (a Syrian العريض is al-Arid)
        for (const map of entry.style === 'maghreb' ? [bySurname] : [bySurname, lendable])
          map.set(key, (map.get(key) ?? new Set<string>()).add(en));
      }
    }
  }
  return alone ? bySurname : lendable;
}

/**
 * The English family name of one of `forms`, or null; `alone`: the form is the whole name (الجهيناوي), not the
 * family name after given names (سامي الشاهد), so a Maghrebi office-holder's spelling may be meant.
 */
export function surnameLatin(forms: string[], alone = false): string | null {
  for (const form of forms) {
    const found = index(alone).get(keyOf(form));
    if (found?.size !== 1) continue;
    const [english] = found;
    // «بغدادي» is not «البغدادي»: an English article only where the Arabic has one (the reverse is usual: Hariri)
    if (!ENGLISH_ARTICLE.test(english) || ARABIC_ARTICLE.test(form.trim())) return english;
  }
  return null;
}
