import { describe, expect, it } from 'vitest';
import { cleanPlainText } from '../../src/clean/clean-text.js';

/** Negative cases: body lines that look a little like furniture and must stay. */
const TITLE = 'عنوان الخبر الرئيسي اليوم';
const kept = (line: string) => cleanPlainText(`${TITLE}\n${line}`).text.split('\n\n').includes(line);

describe('the cleaner keeps body lines that resemble furniture', () => {
  it('a long paragraph ending with an agency in parentheses', () => {
    expect(
      kept(
        'وقال مسؤول في الوزارة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة بحضور ممثلين عن جميع الأطراف (رويترز).',
      ),
    ).toBe(true);
  });

  it('a paragraph that mentions sharing and following', () => {
    expect(
      kept(
        'وشارك آلاف المتظاهرين في المسيرة التي دعت إليها النقابات، فيما تابعت قوات الأمن تحركاتهم من بعيد دون تدخل.',
      ),
    ).toBe(true);
  });

  it('a short quoted sentence of four words', () => {
    expect(kept('وختم قائلا: «لن نتراجع أبدا».')).toBe(true);
  });

  it('a paragraph with a URL inside a sentence', () => {
    expect(
      kept(
        'ونشرت الوزارة نص القرار كاملا على موقعها الرسمي www.example.gov صباح اليوم، داعية المواطنين إلى الاطلاع عليه.',
      ),
    ).toBe(true);
  });

  it('a list item written as a full sentence', () => {
    expect(
      kept('- تمديد العمل بالإعفاء الجمركي على مستلزمات الإنتاج الزراعي لمدة عام إضافي دعما للمزارعين.'),
    ).toBe(true);
  });

  it('a paragraph that names an end-of-article phrase inside a sentence', () => {
    expect(
      kept(
        'وقال الوزير إن التعليقات التي وصلت إلى الوزارة من المواطنين كانت إيجابية في معظمها، وإن العمل سيستمر.',
      ),
    ).toBe(true);
  });
});

const BODY = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف التي ضربت المناطق الجنوبية هذا العام.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة تشمل قروضا ميسرة وإعفاءات ضريبية لمدة عامين للمزارعين الصغار.',
  'وأضاف أن الوزارة ستوزع البذور والأسمدة مجانا على الأسر الأكثر تضررا قبل بداية الموسم الزراعي المقبل.',
];

describe('the cleaner keeps the body around widgets', () => {
  it('keeps the body after a most-read box that comes before it', () => {
    const page = [
      TITLE,
      'الأكثر قراءة',
      'خبر أول في القائمة الجانبية',
      'خبر ثان في القائمة الجانبية',
      ...BODY,
    ].join('\n');
    expect(cleanPlainText(page).text.split('\n\n')).toEqual(BODY);
  });

  it('keeps the body on both sides of an inline «اقرأ أيضا» link', () => {
    const page = [TITLE, BODY[0], 'اقرأ أيضا: خبر آخر', BODY[1], BODY[2]].join('\n');
    expect(cleanPlainText(page).text.split('\n\n')).toEqual(BODY);
  });
});
