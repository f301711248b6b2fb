import { describe, expect, it } from 'vitest';
import { knownLatin, romanize } from '../../../src/entities/romanize.js';

/** Expected outputs written by hand from the rules of docs/entities.md. */
const RULES: [string, string, string][] = [
  ['article as al- and taa marbuta as -a', 'الغوطة', 'Al-Ghuta'],
  ['long vowels written', 'ميستورا', 'Mistura'],
  ['و next to ا as w', 'داود', 'Dawd'],
  ['ي before taa marbuta as iy', 'الكازاخستانية', 'Al-Kazakhstaniya'],
  ['ayn inside a word as a', 'الجعفري', 'Al-Jafri'],
  ['ayn dropped before ا', 'عاصم', 'Asm'],
  ['shadda doubles the consonant', 'عمّان', 'Amman'],
  ['harakat read when written', 'مُحَمَّد', 'Mohammed'],
  ['Russian -ov ending', 'بوجدانوف', 'Bujdanov'],
  ['Russian -iev ending', 'لافرنتييف', 'Lafrntiev'],
  ['an a after a first consonant before another', 'شمخاني', 'Shamkhani'],
  ['a foreign onset kept', 'ستانيسلاف', 'Stanislav'],
  ['دي as de', 'دي ميستورا', 'De Mistura'],
  ['a given name from data/names/given-names.json', 'سيرغي شويغو', 'Sergei Shuighu'],
  ['a two-word given name', 'عبد الله', 'Abdullah'],
];

describe('romanize', () => {
  for (const [rule, arabic, latin] of RULES) {
    it(`${rule}: ${arabic} → ${latin}`, () => expect(romanize(arabic)).toBe(latin));
  }

  it('never writes Buckwalter symbols', () => {
    for (const [, arabic] of RULES) expect(romanize(arabic)).not.toMatch(/[$*<>|{}~`_]|[A-Z]{2}/);
  });
});

describe('knownLatin', () => {
  it('gives the English spelling of an office-holder from data/names/latin.json', () => {
    expect(knownLatin('PER', ['ستافان دي مستورا'])).toBe('Staffan de Mistura');
  });

  it('gives the English name of a country from a spelling variant', () => {
    expect(knownLatin('LOC', ['سورية'])).toBe('Syria');
  });

  it('finds nothing for a name no lexicon knows', () => {
    expect(knownLatin('PER', ['فلان الفلاني'])).toBeNull();
  });

  it('does not give a place name to a person', () => {
    expect(knownLatin('PER', ['سوريا'])).toBeNull();
  });
});
