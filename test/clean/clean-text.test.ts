import { describe, expect, it } from 'vitest';
import { cleanPlainText } from '../../src/clean/clean-text.js';
import { findTitle } from '../../src/clean/find-title.js';

const PROSE_A =
  'قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة اليوم إن المحادثات ستستأنف الأسبوع المقبل بمشاركة جميع الأطراف.';
const PROSE_B =
  'وأضاف أن الوفود ستناقش ملف المعتقلين وإيصال المساعدات الإنسانية إلى المناطق المحاصرة في أقرب وقت ممكن.';
const reasonOf = (text: string, line: string) =>
  cleanPlainText(text).dropped.find((d) => d.text === line)?.reason;

describe('findTitle', () => {
  it('takes the repeated line inside a first line wrapped in furniture', () => {
    expect(findTitle(['Site News - عنوان الخبر المهم اليوم', '', 'عنوان الخبر المهم اليوم'])).toBe(
      'عنوان الخبر المهم اليوم',
    );
  });

  it('halves a title glued twice on one line', () => {
    expect(findTitle(['عنوان الخبر المهمعنوان الخبر المهم', PROSE_A])).toBe('عنوان الخبر المهم');
  });

  it('skips a navigation menu above the title', () => {
    expect(findTitle(['الرئيسية | أخبار | رياضة | فيديو', 'عنوان الخبر المهم', PROSE_A])).toBe(
      'عنوان الخبر المهم',
    );
  });

  it('finds no title on a page that starts with a paragraph', () => {
    expect(findTitle([PROSE_A, PROSE_B])).toBe('');
  });

  it('drops a separator segment without Arabic letters', () => {
    expect(findTitle(['عنوان الخبر المهم - My Site!', PROSE_A])).toBe('عنوان الخبر المهم');
  });
});

describe('cleanPlainText', () => {
  it('keeps prose paragraphs, separated by a blank line', () => {
    expect(cleanPlainText(`عنوان الخبر اليوم\n${PROSE_A}\n${PROSE_B}`).text).toBe(`${PROSE_A}\n\n${PROSE_B}`);
  });

  it('drops everything after a related-articles header that follows the body', () => {
    const page = `عنوان الخبر اليوم\n${PROSE_A}\nأخبار ذات صلة\nخبر أول عن موضوع آخر تماما في بلد بعيد جدا عن هنا.`;
    expect(reasonOf(page, 'خبر أول عن موضوع آخر تماما في بلد بعيد جدا عن هنا.')).toBe(
      'after the end of the article',
    );
  });

  it('drops a caption beside a photo credit', () => {
    const page = `عنوان الخبر اليوم\n${PROSE_A}\nالوزير خلال المؤتمر الصحفي في العاصمة يوم الأحد الماضي\nمصور (رويترز)\n${PROSE_B}`;
    expect(reasonOf(page, 'الوزير خلال المؤتمر الصحفي في العاصمة يوم الأحد الماضي')).toBe('photo caption');
  });

  it('drops a run of short unpunctuated lines as a link list', () => {
    const links = [
      'عنوان خبر أول عن الاقتصاد في المنطقة العربية',
      'عنوان خبر ثان عن الرياضة في الدوري المحلي',
      'عنوان خبر ثالث عن الطقس في نهاية الأسبوع',
    ];
    expect(reasonOf(`عنوان الخبر اليوم\n${PROSE_A}\n${links.join('\n')}\n${PROSE_B}`, links[1])).toBe(
      'link list',
    );
  });

  it('drops a teaser whose text the body repeats', () => {
    const teaser = `${PROSE_A} وأضاف...`;
    expect(reasonOf(`عنوان الخبر اليوم\n${teaser}\n${PROSE_A}\n${PROSE_B}`, teaser)).toBe(
      'teaser repeating the body',
    );
  });

  it('drops a short line of widget vocabulary', () => {
    expect(
      reasonOf(
        `عنوان الخبر اليوم\n${PROSE_A}\nجميع الحقوق محفوظة لموقعنا 2024`,
        'جميع الحقوق محفوظة لموقعنا 2024',
      ),
    ).toBe('widget vocabulary');
  });

  it('keeps a long prose line that happens to hold a widget word', () => {
    const line = 'وشارك في الاجتماع ممثلون عن تطبيق القرار وبحث الإعلان المشترك بين الدول المعنية بالأزمة.';
    expect(cleanPlainText(`عنوان الخبر اليوم\n${line}`).text).toBe(line);
  });

  it('drops lines repeated across the corpus when a pre-pass names them', () => {
    const furniture = 'موقع الأخبار العربية الأول في المنطقة وكل العالم منذ سنوات طويلة';
    const result = cleanPlainText(`عنوان الخبر اليوم\n${PROSE_A}\n${furniture}`, {
      corpusLines: new Set(['موقع الاخبار العربيه الاول في المنطقه وكل العالم منذ سنوات طويله']),
    });
    expect(result.dropped.find((d) => d.text === furniture)?.reason).toBe('repeated across the corpus');
  });
});

describe('findCorpusLines', () => {
  it('names a short line found in enough documents, and not one found in fewer', async () => {
    const { findCorpusLines } = await import('../../src/clean/find-corpus-lines.js');
    const slogan = 'موقعكم الأول للأخبار';
    const docs = [`${PROSE_A}\n${slogan}`, `${PROSE_B}\n${slogan}`, `خبر ثالث\n${slogan}`, `${PROSE_A}`];
    expect([...findCorpusLines(docs, { minDocs: 3 })]).toEqual(['موقعكم الاول للاخبار']);
  });
});
