import { describe, expect, it } from 'vitest';
import { eachDay } from '../../src/time/calendar.js';
import { tagTime } from '../../src/time/index.js';
import { makeResolver } from '../../src/time/infer/resolve-at.js';
import { resolveUnderRange } from '../../src/time/infer/resolve-under-range.js';

const under = (text: string, from: string, to: string) => {
  const sentences = [{ start: 0, end: text.length, text, tokenStart: 0, tokenEnd: 0 }];
  return resolveUnderRange(text, sentences, tagTime(text, null), eachDay(from, to), makeResolver());
};

describe('resolveUnderRange', () => {
  it('gives «الخميس الماضي» its one day when every candidate agrees (Friday 7 to Wednesday 12 Dec 2018)', () => {
    const [t] = under('انطلقت المحادثات الخميس الماضي في المدينة', '2018-12-07', '2018-12-12');
    expect([t.value, t.range]).toEqual(['2018-12-06', { from: '2018-12-06', to: '2018-12-06' }]);
  });

  it('gives «اليوم» over a month the month', () => {
    const [t] = under('بدأت اليوم اجتماعات اللجنة', '2019-01-01', '2019-01-31');
    expect(t.value).toBe('2019-01');
  });

  it('leaves «اليوم» unresolved over candidates in several years', () => {
    const text = 'بدأت اليوم اجتماعات اللجنة';
    const sentences = [{ start: 0, end: text.length, text, tokenStart: 0, tokenEnd: 0 }];
    const [t] = resolveUnderRange(
      text,
      sentences,
      tagTime(text, null),
      ['2016-12-14', '2017-12-13'],
      makeResolver(),
    );
    expect(t.range).toBeUndefined();
  });

  it('does not count «بعد أكثر من شهر على الاتفاق» from the report’s day', () => {
    const [t] = under('تأتي الاجتماعات بعد أكثر من شهر على الاتفاق', '2019-01-01', '2019-01-31');
    expect(t.range).toBeUndefined();
  });
});
