import { describe, expect, it } from 'vitest';
import { NAME_TAILS, NAMED_THING_HEADS } from '../../src/time/ar/constants/name-heads-places.js';
import { tagTime } from '../../src/time/index.js';
import { REF, testNoMatch, testSingleCase } from './helpers.js';

describe('a month that heads or ends a name is no time expression', () => {
  it('after «شركة»', () => testNoMatch('وقال مسؤول في شركة نيسان إن المبيعات ارتفعت'));
  it('after «سيارات»', () => testNoMatch('ارتفعت مبيعات سيارات نيسان'));
  it('after a head with a proclitic and quotes («لشركة «نيسان»»)', () => testNoMatch('تابعة لشركة «نيسان»'));
  it('before «موتورز»', () => testNoMatch('أعلنت نيسان موتورز عن طراز جديد'));
  it('a day and month after «جامعة»', () => testNoMatch('تخرج في جامعة 6 أكتوبر'));
  it('after «مفاعل»', () => testNoMatch('قصف مفاعل تموز'));
});

describe('a month with a cue of time stays a date', () => {
  const april = (text: string, value: string) => testSingleCase(text, REF, { type: 'DATE', value });
  it('«في نيسان»', () => april('وصل في نيسان', '2017-04'));
  it('«نيسان الماضي»', () => april('وصل نيسان الماضي', '2017-04'));
  it('«منتصف نيسان»', () => april('وصل منتصف نيسان', '2017-04'));
  it('«1 نيسان»', () => april('وصل 1 نيسان', '2017-04-01'));
  it('a head with the article is no name («في الشركة في نيسان»)', () =>
    april('عمل في الشركة في نيسان', '2017-04'));
  it('a stated year makes it a date («أسس الشركة نيسان 2016»)', () =>
    april('أسس الشركة نيسان 2016', '2016-04'));
});

describe('parity: every head and tail of name-heads-places.ts makes a name', () => {
  it('«<head> نيسان» is no time expression for every head', () => {
    for (const head of NAMED_THING_HEADS) expect(tagTime(`${head} نيسان`, REF), head).toEqual([]);
  });
  it('«نيسان <tail>» is no time expression for every tail', () => {
    for (const tail of NAME_TAILS) expect(tagTime(`نيسان ${tail}`, REF), tail).toEqual([]);
  });
});

describe('a day and month that someone leads is a bloc', () => {
  it('«… و 14 آذار بقيادة …» far from its head is a name', () =>
    testNoMatch('بين فريقي 8 آذار الذي يعد حزب الله أبرز أركانه، و 14 آذار بقيادة رئيس تيار المستقبل'));
  it('«في 14 آذار بقيادة …» opened by a word of time stays a date', () =>
    testSingleCase('خرجت مظاهرة في 14 آذار بقيادة الطلاب', REF, { type: 'DATE', value: '2017-03-14' }));
});

describe('a month in two names with only a space between is one expression', () => {
  it('«27 أبريل نيسان» is one date', () =>
    testSingleCase('إعلان قمة 27 أبريل نيسان بين الكوريتين', REF, {
      text: '27 أبريل نيسان',
      value: '2017-04-27',
    }));
  it('«في 23 و25 مايو أيار» is one range', () =>
    testSingleCase('في 23 و25 مايو أيار', REF, { text: '23 و25 مايو أيار', value: '2017-05-23' }));
  it('two different months side by side stay two', () =>
    expect(tagTime('في نيسان أيار', REF).map((t) => t.text)).toEqual(['نيسان', 'أيار']));
});
