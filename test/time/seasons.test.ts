import { describe, it } from 'vitest';
import { REF, testNoMatch, testSingleCase } from './helpers.js';

describe('a season with a year (reference 2017-12-14)', () => {
  it('«صيف 2018» is the summer of 2018', () =>
    testSingleCase('في صيف 2018', REF, { text: 'صيف 2018', type: 'DATE', value: '2018-SU' }));
  it('«صيف عام 2016»: «عام» between season and year stays in the span', () =>
    testSingleCase('في صيف عام 2016', REF, { text: 'صيف عام 2016', value: '2016-SU' }));
  it('«ربيع عام 2019» without the article is the spring of 2019', () =>
    testSingleCase('أن يولد في ربيع عام 2019', REF, { text: 'ربيع عام 2019', value: '2019-SP' }));
  it('«ربيع» without a year is a given name, no season', () => testNoMatch('وقال ربيع إن الاجتماع'));
  it('«الربيع المقبل» is the next spring', () =>
    testSingleCase('في الربيع المقبل', REF, { value: '2018-SP' }));
});
