import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { westernName } from '../../../src/entities/latin/match-western-name.js';
import { readArabicWord } from '../../../src/entities/latin/read-arabic-word.js';
import { latinName, romanize } from '../../../src/entities/romanize.js';

/** One hand-checked example per reverse-transliteration rule (src/entities/latin/latin-rules.ts). */
const RULES: [string, string, string][] = [
  ['j → ج, o → و, an h after a consonant silent', 'جونسون', 'Johnson'],
  ['c → ك before a consonant', 'لينكولن', 'Lincoln'],
  ['English ch → تش', 'ريتشاردسون', 'Richardson'],
  ['French ch → ش, a French final e silent', 'شارلوت', 'Charlotte'],
  ['German w → ف, a final ng → نغ', 'فولفغانغ', 'Wolfgang'],
  ['a German final e written ه', 'كلوزه', 'Klose'],
  ['an inner e left unwritten, st- kept', 'سترلينغ', 'Sterling'],
  ['an initial vowel written after an alef', 'أنجلو', 'Angelo'],
  ['a doubled letter written once (Italian tt)', 'فيتوريو', 'Vittorio'],
  ['German au → او', 'ساور', 'Sauer'],
];

describe('westernName: one example per rule', () => {
  for (const [rule, arabic, latin] of RULES) {
    it(`${rule}: ${arabic} → ${latin}`, () => expect(westernName(arabic)).toBe(latin));
  }
});

describe('westernName: no choice', () => {
  it('gives null on a short skeleton with a weak agreement (بارك is no Baarck)', () => {
    expect(westernName('بارك')).toBeNull();
  });

  it('gives null on a tie between two names (ميتشل: Mitchell or Michelle)', () => {
    expect(westernName('ميتشل')).toBeNull();
  });

  it('gives null on a word with a letter Western names never take (عمر)', () => {
    expect(westernName('عمر')).toBeNull();
  });
});

describe('readArabicWord', () => {
  it('folds گ into غ and reads a final ه as a vowel letter', () => {
    expect(readArabicWord('گوته')?.letters).toBe('غوتH');
  });

  it('keeps the consonants alone as the skeleton', () => {
    expect(readArabicWord('فولفغانغ')?.skeleton).toBe('فلفغنغ');
  });
});

describe('romanize with the Western names lexicon', () => {
  it('spells the words of a foreign person name (مايك تومبسون → Mike Thompson)', () => {
    expect(romanize('مايك تومبسون', true)).toBe('Mike Thompson');
  });

  it('leaves a name with an Arabic given name to the rules (سامر جاكسون)', () => {
    expect(romanize('سامر جاكسون', true)).not.toContain('Jackson');
  });

  it('is for persons only: a place keeps the rules (دالاس → Dalas)', () => {
    expect(romanize('دالاس')).toBe('Dalas');
  });

  it('comes after latin.json (ستافان دي مستورا → Staffan de Mistura)', () => {
    expect(latinName('PER', 'ستافان دي مستورا', ['ستافان دي مستورا'])).toBe('Staffan de Mistura');
  });
});

describe('data/names/western-names.json', () => {
  const data = JSON.parse(
    readFileSync(new URL('../../../data/names/western-names.json', import.meta.url), 'utf8'),
  ) as { source: { package: string; licence: string; locales: string[] }; NAMES: [string, string, string][] };

  it('names its source package, licence and locales', () => {
    expect(data.source).toMatchObject({ package: '@faker-js/faker', licence: 'MIT' });
  });

  it('holds one word per name, with its languages and roles', () => {
    const bad = data.NAMES.filter(
      ([name, langs, roles]) => /\s/u.test(name) || !langs || !/^f?l?$/u.test(roles),
    );
    expect(bad).toEqual([]);
  });
});
