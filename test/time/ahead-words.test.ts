import { describe, expect, it } from 'vitest';
import { APPOINTMENT_WORDS, CONTEST_VERBS, PURPOSE_NOUNS } from '../../src/time/ar/constants/plan-words.js';
import { REF, testSingleCase } from './helpers.js';

// Reference Thursday 2017-12-14: the coming Sunday is 2017-12-17, the last one 2017-12-10.
const NEXT_SUNDAY = '2017-12-17';
const LAST_SUNDAY = '2017-12-10';
const sunday = (value: string) => ({ type: 'DATE' as const, value, tag: 'ar/weekday' });

describe('a purpose «لـ» + a verbal noun of meeting points ahead', () => {
  it('«تأهل … إلى النهائي لملاقاة البرازيل الأحد» is the coming Sunday', () =>
    testSingleCase('تأهل المنتخب إلى النهائي لملاقاة البرازيل الأحد', REF, sunday(NEXT_SUNDAY)));
  it('«للقاء» (ل + لقاء, written «لل») points ahead', () =>
    testSingleCase('توجه الوزير إلى موسكو للقاء نظيره الأحد', REF, sunday(NEXT_SUNDAY)));
  it('a purpose far back in a long clause does not reach the weekday', () =>
    testSingleCase(
      'وصل الفريق إلى العاصمة لمواجهة منافسه في البطولة القارية للأندية بعد أن تغلب في الدور السابق من البطولة على خصمه العنيد بثلاثة أهداف الأحد',
      REF,
      sunday(LAST_SUNDAY),
    ));
  it('a past verb after the purpose still dates the weekday', () =>
    testSingleCase('جاء الوفد لمقابلة الرئيس، وقال الأحد إن', REF, sunday(LAST_SUNDAY)));
});

describe('an appointment points ahead, unless told with كان', () => {
  it('«حجز الفريق موعدا مع اللقب الأحد» is the coming Sunday', () =>
    testSingleCase('حجز الفريق موعدا مع اللقب الأحد', REF, sunday(NEXT_SUNDAY)));
  it('«على موعد مع» is the coming Sunday', () =>
    testSingleCase('الجمهور على موعد مع الحفل الأحد', REF, sunday(NEXT_SUNDAY)));
  it('«كان الفريق على موعد مع» is told as past', () =>
    testSingleCase('كان الفريق على موعد مع اللقب الأحد', REF, sunday(LAST_SUNDAY)));
  it('«موعد» without «مع» is no appointment word («موعد الانتخابات» may be past)', () =>
    testSingleCase('أعلنت اللجنة موعد الانتخابات الأحد', REF, sunday(LAST_SUNDAY)));
});

describe('a bare imperfect of a contest before the timex points ahead', () => {
  it('«مباراة تحسم اللقب ليل الأحد» is the coming Sunday night', () =>
    testSingleCase('مباراة تحسم اللقب ليل الأحد', REF, { type: 'TIME', value: `${NEXT_SUNDAY}TNI` }));
  it('«يلعب الفريق مباراته الأخيرة الأحد» is the coming Sunday', () =>
    testSingleCase('يلعب الفريق مباراته الأخيرة الأحد', REF, sunday(NEXT_SUNDAY)));
  it('a contest verb after the weekday does not decide it («عاد الأحد حيث يواجه»)', () =>
    testSingleCase('اعتقلته الشرطة لدى عودته الأحد حيث يواجه حكما بالسجن', REF, sunday(LAST_SUNDAY)));
  it('«بعدما» + a perfect after a contest verb tells the past', () =>
    testSingleCase('تخوض الدولة حربا مع جارتها بعدما أحبطت هجوما الأحد', REF, sunday(LAST_SUNDAY)));
});

describe('the lists', () => {
  it('every purpose noun and appointment word is one word of letters', () => {
    for (const w of [...PURPOSE_NOUNS, ...APPOINTMENT_WORDS, ...CONTEST_VERBS])
      expect(w).toMatch(/^\p{L}+$/u);
  });
});
