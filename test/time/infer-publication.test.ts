import { describe, expect, it } from 'vitest';
import { inferPublication } from '../../src/story/infer-publication.js';
import type { MasarDoc, Published } from '../../src/types.js';
import { timedDoc } from '../helpers/timed-doc.js';

const doc = (
  text: string,
  published: Published = { date: null, how: 'unknown', evidence: '' },
  url?: string,
): MasarDoc => timedDoc(text, published, url);
const PERIOD = { period: { from: '2016-01-01', to: '2020-12-31' } };

describe('inferPublication', () => {
  it('a weekday and a day-month said of today pin the day: «اليوم، الأحد 5 من آذار» is 2017-03-05 in 2016–2020', () => {
    const d = doc('تنطلق اليوم، الأحد 5 من آذار جولة جديدة');
    inferPublication([d], PERIOD);
    expect(d.published).toMatchObject({ date: '2017-03-05', how: 'inferred' });
  });

  it('«صباح غد الإثنين» alone gives a range of Sundays, with the evidence in words', () => {
    const d = doc('تبدأ صباح غد الإثنين المحادثات');
    inferPublication([d], { period: { from: '2018-01-01', to: '2018-12-31' } });
    expect(d.published.date).toBeNull();
    expect(d.published.range).toEqual({ from: '2018-01-06', to: '2018-12-31' });
    expect(d.published.evidence).toContain('Sunday');
  });

  it('the current month narrows the range: «ديسمبر الجاري» with «اليوم الثلاثاء» in 2018', () => {
    const d = doc('أعلنت الوزارة اليوم الثلاثاء أن المحادثات تعقد في 20 ديسمبر الجاري');
    inferPublication([d], { period: { from: '2018-01-01', to: '2018-12-31' } });
    expect(d.published.range).toEqual({ from: '2018-12-03', to: '2018-12-26' }); // Tuesdays 4, 11, 18, 25 ± a day
  });

  it('reads a date in the URL first', () => {
    const d = doc('نص بلا تاريخ', undefined, 'https://example.com/news/2018/04/15/story');
    inferPublication([d], {});
    expect(d.published).toMatchObject({ date: '2018-04-15', how: 'inferred' });
  });

  it('leans on an article with a known date that reports the same full date', () => {
    const known = doc('جرت الانتخابات في 10 نيسان 2018', { date: '2018-04-15', how: 'given', evidence: '' });
    const d = doc('قالت اللجنة اليوم الثلاثاء إن انتخابات 10 نيسان 2018 كانت نزيهة');
    inferPublication([known, d], { period: { from: '2018-01-01', to: '2018-12-31' } });
    expect(d.published.range).toEqual({ from: '2018-03-05', to: '2018-05-30' }); // Tuesdays within six weeks of 15 April
  });

  it('sets contradictory self-dating aside rather than guess', () => {
    const d = doc('قال اليوم الثلاثاء ثم قال اليوم الأربعاء');
    inferPublication([d], { period: { from: '2018-01-01', to: '2018-12-31' } });
    expect(d.published.range).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    expect(d.published.evidence).toContain('contradictory');
  });

  it('returns only the documents whose date changed', () => {
    const given = doc('نص', { date: '2018-04-15', how: 'given', evidence: '' });
    const undated = doc('اليوم الثلاثاء');
    expect(inferPublication([given, undated], PERIOD)).toEqual([undated]);
  });

  it('without a period or any dated evidence the date stays unknown', () => {
    const d = doc('قال اليوم الثلاثاء');
    expect(inferPublication([d], {})).toEqual([]);
    expect(d.published.how).toBe('unknown');
  });

  it('without a period, a date the text reports and a weekday give no range: the text bounds the day from below only', () => {
    const d = doc('وقعت الاشتباكات في 3 آذار 2018. وقال المتحدث اليوم الثلاثاء إن الهدوء عاد');
    inferPublication([d], {});
    expect(d.published.how).toBe('unknown');
  });

  it('says in the evidence which reported date bounds an undated report from below', () => {
    const d = doc('وقعت الاشتباكات في 3 آذار 2018. وقال المتحدث اليوم الثلاثاء إن الهدوء عاد');
    inferPublication([d], {});
    expect(d.published.evidence).toMatch(/«3 آذار 2018» \(2018-03-03\), so it was published after it/);
  });

  it('a stated year that its weekday contradicts is set aside: «اليوم السبت 07 جانفي 2016» is 2017-01-07', () => {
    const d = doc('أعلنت الوزارة اليوم السبت 07 جانفي 2016 عن');
    inferPublication([d], { period: { from: '2013-01-01', to: '2017-12-31' } });
    expect(d.published.date).toBe('2017-01-07');
  });

  it('a shared date far from the known article (an anniversary) is no evidence', () => {
    const known = doc('في ذكرى هجوم 4 نيسان 2017 الكيميائي', {
      date: '2018-05-18',
      how: 'given',
      evidence: '',
    });
    const d = doc('قالت اللجنة اليوم الثلاثاء إن هجوم 4 نيسان 2017 موثق');
    inferPublication([known, d], { period: { from: '2018-01-01', to: '2018-12-31' } });
    expect(d.published.range).toEqual({ from: '2018-01-01', to: '2018-12-26' }); // Tuesdays all year
  });
});

describe('inferPublication: a dated weekday with a direction (period 2018)', () => {
  const Y2018 = { period: { from: '2018-01-01', to: '2018-12-31' } };

  it('«اليوم الثلاثاء» and «الأحد الماضي 12 آب» (a Sunday in 2018) leave the Tuesdays 14 and 21 August', () => {
    const d = doc('قال الوزير اليوم الثلاثاء إن الاجتماع الذي عقد الأحد الماضي 12 آب كان مثمرا');
    inferPublication([d], Y2018);
    expect(d.published.date).toBeNull();
    expect(d.published.range).toEqual({ from: '2018-08-13', to: '2018-08-22' });
  });

  it('«اليوم الخميس» and «الأحد المقبل 19 آب» leave the Thursdays 9 and 16 August', () => {
    const d = doc('أعلنت اللجنة اليوم الخميس أن الانتخابات تجرى الأحد المقبل 19 آب');
    inferPublication([d], Y2018);
    expect(d.published.range).toEqual({ from: '2018-08-08', to: '2018-08-17' });
  });

  it("a dated weekday with no direction («الأحد 12 آب») is no evidence of the article's day", () => {
    const d = doc('قال الوزير اليوم الثلاثاء إن الاجتماع عقد الأحد 12 آب');
    inferPublication([d], Y2018);
    expect(d.published.evidence).not.toContain('12 آب');
  });
});
