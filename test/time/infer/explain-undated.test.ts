/** The evidence of a report left without a day: a lower bound only from a date its text tells as past. */
import { describe, expect, it } from 'vitest';
import { explainUndated } from '../../../src/time/infer/explain-undated.js';
import { timedDoc } from '../../helpers/timed-doc.js';

const evidenceOf = (text: string) => {
  const doc = timedDoc(text);
  explainUndated(doc, doc.data.time!.timexes);
  return doc.published.evidence;
};

describe('explainUndated', () => {
  it('bounds the day from below by a date a past verb tells', () => {
    expect(evidenceOf('وقال الوزير إن الحكومة وقعت الاتفاق في مارس 2015 بعد مفاوضات طويلة.')).toBe(
      'no date stated; the text reports «مارس 2015» (2015-03-01), so it was published after it, but nothing in the text bounds the day from above',
    );
  });

  it('takes no bound from a date in a clause that tells no tense (a programme, a contest to come)', () => {
    expect(evidenceOf('برنامج مهرجان المدينة من 8 الى 24 جوان 2017 باقة من السهرات.')).toBe('no date stated');
  });

  it('takes no bound from a date told ahead', () => {
    expect(evidenceOf('ستدور المباراة يوم الأحد 9 أفريل 2017 بالملعب البلدي.')).toBe('no date stated');
  });
});
