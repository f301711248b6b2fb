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

describe("the tense of a bare weekday's clause (reference Thursday 2017-12-14)", () => {
  const future = '2017-12-18'; // the coming Monday
  const past = '2017-12-11'; // the last Monday
  const cases: [string, string][] = [
    ['المؤتمر المرتقب الاثنين', future], // a participle of expectation
    ['وتبدأ المحادثات الاثنين', future], // a scheduling verb in the present, with the proclitic و
    ['وستعقد القمة الاثنين', future], // سـ + imperfect after و
    ['وسيزور الرئيس القاهرة الاثنين', future],
    ['يتوجه الوفد الاثنين إلى جنيف', future],
    ['الاجتماع المقرر الاثنين', future],
    ['وعقد الاجتماع الاثنين', past], // a perfect verb
    ['واختتمت القمة الاثنين', past],
    ['وانطلقت المحادثات الاثنين', past],
    ['التقى الوزير الاثنين نظيره', past],
    ['وقال الرئيس الاثنين إن القمة ستعقد في جنيف', past], // the weekday dates the saying, not the summit
    ['أعلنت الوزارة أن المؤتمر سيعقد الاثنين', future], // the nearest verb before the weekday
    ['ستعقد القمة في جنيف. وقال الوزير الاثنين', past], // a new sentence
    ['الاثنين سيبدأ الحوار', future], // nothing before: the first word of tense after it
  ];
  for (const [text, value] of cases)
    it(`«${text}» → ${value}`, () => testSingleCase(text, REF, { type: 'DATE', value, tag: 'ar/weekday' }));
});
