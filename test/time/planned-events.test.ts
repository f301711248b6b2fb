import { describe, expect, it } from 'vitest';
import { CALLED_EVENTS, DECISION_VERBS, GOVERNED_NOUNS } from '../../src/time/ar/constants/plan-words.js';
import { tagTime } from '../../src/time/index.js';
import { REF, testSingleCase } from './helpers.js';

// Reference Thursday 2017-12-14: the coming Monday is 2017-12-18, the last one 2017-12-11.
const NEXT_MONDAY = '2017-12-18';
const LAST_MONDAY = '2017-12-11';
const monday = (value: string) => ({ type: 'DATE' as const, value, tag: 'ar/weekday' });

describe('a weekday after the event a decision governs is ahead', () => {
  it('«قرر … عقد اجتماع طارئ، الإثنين» is the coming Monday', () =>
    testSingleCase('قرر مجلس الأمن الدولي عقد اجتماع طارئ، الإثنين، لبحث التصعيد', REF, monday(NEXT_MONDAY)));
  it('the passive «تقرر عقد» points ahead', () =>
    testSingleCase('وتقرر عقد الجلسة الإثنين', REF, monday(NEXT_MONDAY)));
  it('«دعت … إلى عقد جلسة» points ahead', () =>
    testSingleCase('ودعت فرنسا إلى عقد جلسة لمجلس الأمن الإثنين', REF, monday(NEXT_MONDAY)));
  it('«دعا إلى اجتماع» (a gathering through إلى) points ahead', () =>
    testSingleCase('دعا الرئيس إلى اجتماع طارئ الإثنين', REF, monday(NEXT_MONDAY)));
  it('«طالب بإجراء» (a verbal noun with بـ) points ahead', () =>
    testSingleCase('طالب الوزير بإجراء تحقيق الإثنين', REF, monday(NEXT_MONDAY)));
  it('«اتفقتا، الخميس، على إجراء محادثات الإثنين»: «على», and a weekday between commas dates the agreement', () =>
    expect(tagTime('اتفقتا، الخميس، على إجراء محادثات الإثنين', REF).map((t) => t.value)).toEqual([
      '2017-12-14',
      NEXT_MONDAY,
    ]));
  it('a verbal noun of the form تفعيل governed by «قررت» points ahead («تفكيك»)', () =>
    testSingleCase('قررت الحكومة تفكيك الموقع الإثنين', REF, monday(NEXT_MONDAY)));
  it('«قررت … أن» opens a clause that is ahead', () =>
    testSingleCase('قررت المحكمة أن تنظر في القضية الإثنين', REF, monday(NEXT_MONDAY)));
});

describe('سـ before an imperfect of sending is ahead', () => {
  it('«وفي محادثات الإثنين سترسل …» is the coming Monday', () =>
    testSingleCase('وفي محادثات الإثنين سترسل كوريا وفدا', REF, monday(NEXT_MONDAY)));
});

describe('the decision itself and past reports stay in the past', () => {
  it('a weekday before the governed noun dates the decision', () =>
    testSingleCase('قررت الحكومة، الإثنين، رفع الأسعار', REF, monday(LAST_MONDAY)));
  it('«عقد اجتماع الإثنين الماضي» keeps its stated direction', () =>
    testSingleCase('قرر المجلس عقد اجتماع الإثنين الماضي', REF, monday(LAST_MONDAY)));
  it('«عقد المجلس اجتماعا طارئا الإثنين» is a perfect verb: past', () =>
    testSingleCase('عقد المجلس اجتماعا طارئا الإثنين', REF, monday(LAST_MONDAY)));
  it('a perfect verb after the decision wins («… وقال رئيسه الإثنين»)', () =>
    testSingleCase('قرر المجلس عقد اجتماع طارئ وقال رئيسه الإثنين إنه', REF, monday(LAST_MONDAY)));
  it('a new sentence ends the decision', () =>
    testSingleCase('قرر المجلس عقد اجتماع. وعقد الوزراء لقاء الإثنين', REF, monday(LAST_MONDAY)));
});

describe('parity: every decision verb and governed noun of plan-words.ts points ahead', () => {
  it('«<verb> المجلس عقد اجتماع الإثنين» is the coming Monday for every decision verb', () => {
    for (const verb of DECISION_VERBS)
      expect(tagTime(`${verb} المجلس عقد اجتماع الإثنين`, REF)[0]?.value, verb).toBe(NEXT_MONDAY);
  });
  it('«قرر المجلس <noun> الإثنين» is the coming Monday for every governed noun', () => {
    for (const noun of GOVERNED_NOUNS)
      expect(tagTime(`قرر المجلس ${noun} الإثنين`, REF)[0]?.value, noun).toBe(NEXT_MONDAY);
  });
  it('«دعا إلى <gathering> الإثنين» is the coming Monday for every called event', () => {
    for (const noun of CALLED_EVENTS)
      expect(tagTime(`دعا إلى ${noun} الإثنين`, REF)[0]?.value, noun).toBe(NEXT_MONDAY);
  });
});
