import { describe, it } from 'vitest';
import { REF, testSingleCase } from './helpers.js';

describe('ar/weekday (reference Thursday 2017-12-14)', () => {
  const cases: [string, string][] = [
    ['يبدأ الاثنين المقبل', '2017-12-18'],
    ['جرى الاثنين الماضي', '2017-12-11'],
    ['يوم الخميس المقبل', '2017-12-21'],
    ['وقال الوزير الأحد', '2017-12-10'], // past tense: the latest Sunday
    ['ومن المقرر أن يعقد الاجتماع الأحد', '2017-12-17'], // future: the next Sunday
    ['وأعلن المتحدث الخميس', '2017-12-14'], // the reference day itself
    ['سيصل الوفد الخميس', '2017-12-14'],
    ['لإنجاح المؤتمر المرتقب الاثنين', '2017-12-18'], // «المرتقب»: the coming Monday
  ];
  for (const [text, value] of cases) {
    it(`«${text}» → ${value}`, () => testSingleCase(text, REF, { type: 'DATE', value, tag: 'ar/weekday' }));
  }
});
