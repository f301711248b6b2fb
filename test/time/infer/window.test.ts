import { describe, expect, it } from 'vitest';
import { inferPublication } from '../../../src/story/infer-publication.js';
import { tagTime } from '../../../src/time/index.js';
import { latestReported, namesOwnDay, windowFor } from '../../../src/time/infer/window.js';
import { timedDoc } from '../../helpers/timed-doc.js';

const undated = (text: string) => timedDoc(text);

describe('latestReported', () => {
  it('a year reported after a full date is the later bound: «عام 2018» after «6 أكتوبر 1973»', () => {
    const t = tagTime('انتصرت مصر في حرب 6 أكتوبر 1973. وزار الرئيس دمشق عام 2018.', null);
    expect(latestReported(t)?.day).toBe('2018-01-01');
  });

  it('a date told in the future tense is not reported: «ستجرى الانتخابات في 24 حزيران 2019»', () => {
    const t = tagTime('جرت الانتخابات في 3 آذار 2018. وستجرى الانتخابات المقبلة في 24 حزيران 2019.', null);
    expect(latestReported(t)?.day).toBe('2018-03-03');
  });
});

describe('namesOwnDay', () => {
  it('«اليوم الثلاثاء 9 أكتوبر» names the article’s day', () => {
    expect(namesOwnDay(tagTime('قال المتحدث اليوم الثلاثاء 9 أكتوبر إن', null))).toBe(true);
  });

  it('«اليوم الثلاثاء» alone gives a weekday, not the day', () => {
    expect(namesOwnDay(tagTime('قال المتحدث اليوم الثلاثاء إن', null))).toBe(false);
  });
});

describe('windowFor without a period', () => {
  it('a date the text reports with only a weekday of its own gives no window (nothing bounds it from above)', () => {
    const t = tagTime('وقعت الاشتباكات في 3 آذار 2018. وقال المتحدث اليوم الثلاثاء إن الهدوء عاد', null);
    expect(windowFor(t, {})).toBeNull();
  });

  it('the evidence quotes the date the window starts after', () => {
    const t = tagTime(
      'وقعت الاشتباكات في 3 آذار 2018. وقال المتحدث اليوم الثلاثاء 6 آذار إن الهدوء عاد',
      null,
    );
    expect(windowFor(t, {})?.why).toContain('«3 آذار 2018» (2018-03-03)');
  });
});

describe('inferPublication without a period: history does not bound the day', () => {
  it('a war of 1973 and «2 أكتوبر الجاري» (a month with no year) give no range', () => {
    const d = undated(
      'شبه الرئيس الانتصار في حرب 6 أكتوبر عام 1973 بما يجري. وفتحت النيابة تحقيقا في 2 أكتوبر الجاري.',
    );
    inferPublication([d], {});
    expect(d.published).toMatchObject({ date: null, how: 'unknown' });
    expect(d.published.range).toBeUndefined();
  });

  it('a day the text names itself is dated in the years after the latest date it reports', () => {
    const d = undated('وقعت الاشتباكات في 3 آذار 2018. وقال المتحدث اليوم الثلاثاء 6 آذار إن الهدوء عاد');
    inferPublication([d], {});
    expect(d.published.date).toBe('2018-03-06'); // a Tuesday
  });

  it('a later year reported moves the window past history: «اليوم الثلاثاء 9 أكتوبر» is 2018, not 1973', () => {
    const d = undated(
      'انتصرت مصر في حرب 6 أكتوبر 1973. وزار الرئيس دمشق عام 2018. وقال المتحدث اليوم الثلاثاء 9 أكتوبر إن',
    );
    inferPublication([d], {});
    expect(d.published.date).toBe('2018-10-09'); // 9 October was a Tuesday in 1973 and in 2018
  });
});
