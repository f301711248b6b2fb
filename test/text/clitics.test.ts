import { describe, expect, it } from 'vitest';
import { stripClitics, stripSuffix } from '../../src/text/clitics.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const stem = (word: string) => stripClitics(normalizeForMatch(word));

describe('stripClitics', () => {
  it.each([
    ['والمفاوضات', 'مفاوضات'],
    ['بالعاصمة', 'عاصمه'],
    ['للمرة', 'مره'],
    ['وللمرة', 'مره'],
    ['الأمم', 'امم'],
    ['لسوريا', 'سوريا'],
    ['وروسيا', 'روسيا'],
    ['ووزارة', 'وزاره'],
    ['وبوتين', 'بوتين'],
  ])('strips the proclitics of %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each(['وزارة', 'بوتين', 'فلسطين', 'لبنان', 'كازاخستان', 'سوريا', 'الذي', 'الله'])(
    'keeps %s whole',
    (word) => {
      expect(stem(word)).toBe(normalizeForMatch(word));
    },
  );

  it('cuts a bare و when three letters remain', () => {
    expect([stem('وقال'), stem('ووقف')]).toEqual(['قال', 'وقف']);
  });

  it('does not cut a bare preposition when fewer than four letters remain', () => {
    expect(stem('بحث')).toBe('بحث');
    expect(stem('لقاء')).toBe('لقاء');
  });
});

describe('stripSuffix', () => {
  it('removes a pronoun suffix', () => {
    expect(stripSuffix('حلفائهم'.replace('ئ', 'ي'))).toBe('حلفاي');
  });

  it('never leaves fewer than three letters', () => {
    expect(stripSuffix('لها')).toBe('لها');
  });
});
