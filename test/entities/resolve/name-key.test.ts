import { describe, expect, it } from 'vitest';
import { loadNames } from '../../../src/entities/resolve/load-names.js';
import { foldLetters, nameKey } from '../../../src/entities/resolve/name-key.js';

const block = (name: string) => nameKey(name).block;

describe('nameKey skeleton', () => {
  it('gives the five spellings of Astana one skeleton', () => {
    const forms = ['أستانة', 'الأستانة', 'أستانا', 'استانا', 'آستانة'];
    expect(new Set(forms.map(block))).toEqual(new Set(['ستن']));
  });

  it('drops long vowels that transliterations add or leave out', () => {
    expect(block('ستيفان دي ميستورا')).toBe(block('ستافان دي مستورا'));
    expect(block('لافرنتييف')).toBe(block('لافرينتييف'));
  });

  it('folds ى/ي, hamza seats and ة/ه', () => {
    expect(block('مصطفى')).toBe(block('مصطفي'));
    expect(block('رئيس')).toBe(block('ريس'));
    expect(block('مؤتمر')).toBe(block('موتمر'));
    expect(nameKey('حماة').words).toEqual(nameKey('حماه').words);
  });

  it('strips the article and attached conjunctions and prepositions before it', () => {
    expect(nameKey('والأستانة').words).toEqual(['استانه']);
    expect(nameKey('للأمم المتحدة').words).toEqual(nameKey('الأمم المتحدة').words);
  });

  it('keeps different names apart', () => {
    expect(block('بشار الأسد')).not.toBe(block('بشار الجعفري'));
    expect(block('سيرغي لافروف')).not.toBe(block('ألكسندر لافرنتييف'));
  });

  it('joins a name written as one word or two', () => {
    expect(block('نورسلطان')).toBe(block('نور سلطان'));
  });
});

describe('foldLetters', () => {
  it('folds every letter of every alternation of data/names/alternations.json to its representative', () => {
    for (const { letters, as } of loadNames().alternations) {
      for (const letter of letters) expect(foldLetters(letter)).toBe(as);
    }
  });

  it('folds g spelled غ or ج, and t spelled ت or ط', () => {
    expect(foldLetters('غوتيريس')).toBe(foldLetters('جوتيريس'));
    expect(foldLetters('طهران')).toBe(foldLetters('تهران'));
  });
});
