import { describe, expect, it } from 'vitest';
import { isArabicAcronym, isLatinAcronym } from '../../../src/entities/resolve/match-acronyms.js';

describe('isArabicAcronym', () => {
  it('reads the initials with the article dropped (قسد)', () => {
    expect(isArabicAcronym('قسد', 'قوات سوريا الديمقراطية')).toBe(true);
  });

  it('drops small words and a conjunction before the article (داعش)', () => {
    expect(isArabicAcronym('داعش', 'الدولة الإسلامية في العراق والشام')).toBe(true);
  });

  it('takes one letter from inside the last word (حماس)', () => {
    expect(isArabicAcronym('حماس', 'حركة المقاومة الإسلامية')).toBe(true);
  });

  it('does not skip a word of the name', () => {
    expect(isArabicAcronym('منال', 'المجلس النيابي اللبناني')).toBe(false);
  });

  it('does not read a reversed acronym (فتح is a lexicon entry)', () => {
    expect(isArabicAcronym('فتح', 'حركة التحرير الوطني الفلسطيني')).toBe(false);
  });

  it('does not read a word of the name itself as its acronym', () => {
    expect(isArabicAcronym('حزب', 'حزب الزراعة البيئية')).toBe(false);
  });

  it('does not read letters spelled out as words (سي إن إن)', () => {
    expect(isArabicAcronym('سان', 'سي إن إن')).toBe(false);
  });
});

describe('isLatinAcronym', () => {
  it('spells the initials without of/for/the (OPCW)', () => {
    expect(isLatinAcronym('OPCW', 'Organisation for the Prohibition of Chemical Weapons')).toBe(true);
  });

  it('accepts dots between the letters (F.B.I.)', () => {
    expect(isLatinAcronym('F.B.I.', 'Federal Bureau of Investigation')).toBe(true);
  });

  it('accepts the English name itself (NATO)', () => {
    expect(isLatinAcronym('NATO', 'NATO')).toBe(true);
  });

  it('rejects other capitals (CNN after a country)', () => {
    expect(isLatinAcronym('CNN', 'United Arab Emirates')).toBe(false);
  });
});
