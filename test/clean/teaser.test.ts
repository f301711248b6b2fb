import { describe, expect, it } from 'vitest';
import { cleanRecordText } from '../../src/clean/clean-record-text.js';
import { cleanPlainText } from '../../src/clean/clean-text.js';

const PROSE_A =
  'قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة اليوم إن المحادثات ستستأنف الأسبوع المقبل بمشاركة جميع الأطراف.';
const PROSE_B =
  'وأضاف أن الوفود ستناقش ملف المعتقلين وإيصال المساعدات الإنسانية إلى المناطق المحاصرة في أقرب وقت ممكن.';
const TEASER = 'قد يهمك/ وزير الخارجية يبحث مع نظيره الأزمة في اتصال هاتفي';

describe('related-article teasers in a page', () => {
  it('drops a teaser line between paragraphs as a related-article teaser', () => {
    const { dropped } = cleanPlainText(`عنوان الخبر اليوم\n${PROSE_A}\n${TEASER}\n${PROSE_B}`);
    expect(dropped.find((d) => d.text === TEASER)?.reason).toBe('related-article teaser');
  });

  it('keeps the paragraphs on both sides of the teaser', () => {
    expect(cleanPlainText(`عنوان الخبر اليوم\n${PROSE_A}\n${TEASER}\n${PROSE_B}`).text).toBe(
      `${PROSE_A}\n\n${PROSE_B}`,
    );
  });

  it('keeps a sentence that begins with the same words but no separator', () => {
    const line = 'قد يهمك أن تعرف أن الحكومة قررت رفع أسعار الوقود في الأسبوع المقبل بعد مشاورات طويلة.';
    expect(cleanPlainText(`عنوان الخبر اليوم\n${PROSE_A}\n${line}`).text).toContain(line);
  });
});

describe('cleanRecordText (the text of a .jsonl record)', () => {
  it('drops a teaser with its reason', () => {
    expect(cleanRecordText(`${PROSE_A}\n${TEASER}\n${PROSE_B}`, '').dropped).toEqual([
      { text: TEASER, reason: 'related-article teaser' },
    ]);
  });

  it('keeps every other line as the producer gave it, a short subheading included', () => {
    expect(cleanRecordText(`${PROSE_A}\nخلفية الأزمة\n${PROSE_B}`, 'عنوان').text).toBe(
      `${PROSE_A}\nخلفية الأزمة\n${PROSE_B}`,
    );
  });
});
