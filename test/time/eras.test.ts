import { describe, it } from 'vitest';
import { REF, testNoMatch, testSingleCase } from './helpers.js';

describe('a historical era named by its state or people', () => {
  it('«الفترة العثمانية» is a time in the past', () => {
    testSingleCase('وثائق من الفترة العثمانية', REF, { text: 'الفترة العثمانية', value: 'PAST_REF' });
  });
  it('«فترة الحكم العثماني» is one era, the head without the article', () => {
    testSingleCase('سند من فترة الحكم العثماني', REF, { text: 'فترة الحكم العثماني' });
  });
  it('a period named by what it is for («الفترة الانتقالية») is no era', () =>
    testNoMatch('خلال الفترة الانتقالية'));
  it('a form of rule («الحكم الملكي») is no era', () => testNoMatch('نظام الحكم الملكي'));
  it('the occupation may be current: «عهد الاحتلال» is no era', () => testNoMatch('في عهد الاحتلال'));
});
