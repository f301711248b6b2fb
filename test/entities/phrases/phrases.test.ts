import { describe, expect, it } from 'vitest';
import { findPhraseMentions } from '../../../src/entities/phrases/index.js';
import type { EntityMention } from '../../../src/types.js';
import { segmentsOf } from './segments-of.js';

/** A tagger mention over the first occurrence of `span` in `text`. */
function tagged(text: string, span: string, type: EntityMention['type']): EntityMention {
  const start = text.indexOf(span);
  return { start, end: start + span.length, text: span, type, key: span, sentence: 0 };
}

const run = (text: string, mentions: EntityMention[] = []) =>
  findPhraseMentions(text, segmentsOf(text), mentions).map((m) => `${m.type}:${m.text}`);

describe('organization phrases', () => {
  it('finds a ministry with its portfolio and a country adjective', () => {
    expect(run('قالت وزارة الزراعة المغربية إن المحصول وفير.')).toContain('ORG:وزارة الزراعة المغربية');
  });

  it('leaves a conjunction glued to the head out of the span', () => {
    expect(run('وأعلنت ووزارة النقل اليابانية ذلك.')).toContain('ORG:وزارة النقل اليابانية');
  });

  it('takes a definite head with an adjective and a لل complement', () => {
    expect(run('اجتمعت اللجنة الوطنية للانتخابات أمس.')).toContain('ORG:اللجنة الوطنية للانتخابات');
  });

  it('widens a place the tagger found inside the phrase to the organization', () => {
    const text = 'هاجمت قوات كردستان الحرة مواقع في الجبل.';
    expect(run(text, [tagged(text, 'كردستان', 'LOC')])).toEqual(['ORG:قوات كردستان الحرة']);
  });

  it('takes an indefinite noun in construct followed by a definite noun', () => {
    expect(run('أعلن لواء فرسان الحق مسؤوليته.')).toContain('ORG:لواء فرسان الحق');
  });

  it('adds nothing for a head with a generic complement', () => {
    expect(run('تقدمت قوات النظام نحو القرية.')).toEqual([]);
  });

  it('adds nothing for a head with a pronoun suffix', () => {
    expect(run('قالت وزارته إن الأمر انتهى.')).toEqual([]);
  });

  it('adds nothing for a definite plural head with adjectives only', () => {
    expect(run('انسحبت القوات الفرنسية من المدينة.')).toEqual([]);
  });
});

describe('place phrases', () => {
  it('marks the name after a place head, without the head', () => {
    expect(run('هبطت الطائرة في قاعدة زهران الجوية.')).toContain('LOC:زهران');
  });

  it('joins ريف with the place the tagger found', () => {
    const text = 'قصف الطيران ريف بنزرت أمس.';
    expect(run(text, [tagged(text, 'بنزرت', 'LOC')])).toEqual(['LOC:ريف بنزرت']);
  });

  it('keeps a name word with the word after it', () => {
    expect(run('وصلت القافلة إلى تل حمدان مساء.')).toContain('LOC:تل حمدان');
  });

  it('does not read a feminine adjective after a place head as a name', () => {
    expect(run('يعيش الناس في منطقة نائية.')).toEqual([]);
  });

  it('does not read a noun in construct after a place head as a name', () => {
    expect(run('أقيمت منطقة عزل السلاح هناك.')).toEqual([]);
  });

  it('does not read «على رأس» as a place', () => {
    expect(run('جاء على رأس وفد كبير.')).toEqual([]);
  });

  it('finds a province of the package list where the tagger found nothing', () => {
    expect(run('زار الوفد القيروان أمس.')).toContain('LOC:القيروان');
  });
});

describe('false positives', () => {
  it('drops a person that is a future verb with an object pronoun', () => {
    const text = 'قال إن الوفد سيزوره الأسبوع المقبل.';
    expect(run(text, [tagged(text, 'سيزوره', 'PER')])).toEqual([]);
  });

  it('drops a person ending in a dual nisba adjective', () => {
    const text = 'وصلت طائرتان فرنسيتان إلى المطار.';
    expect(run(text, [tagged(text, 'طائرتان فرنسيتان', 'PER')])).toEqual([]);
  });

  it('drops a person written with nunation (a verb and its object)', () => {
    const text = 'وكانت الوزارة أصدرت بيانًا حول الاتفاق.';
    expect(run(text, [tagged(text, 'أصدرت بيانًا', 'PER')])).toEqual([]);
  });

  it('drops a place that is an adverb in -يا', () => {
    const text = 'دعمت الحكومة المشروع ماديا وسياسيا.';
    expect(run(text, [tagged(text, 'ماديا', 'LOC')])).toEqual([]);
  });

  it('keeps a country in -يا', () => {
    const text = 'سافر الوزير أمس وزار بريطانيا.';
    expect(run(text, [tagged(text, 'بريطانيا', 'LOC')])).toEqual(['LOC:بريطانيا']);
  });
});

describe('organization descriptions', () => {
  it('adds nothing for a definite head with a descriptive adjective', () => {
    expect(run('هاجم التنظيم الإرهابي القرية.')).toEqual([]);
  });

  it('adds nothing for an indefinite head with an indefinite adjective', () => {
    expect(run('تقدمت قوات موالية للحكومة نحو التلال.')).toEqual([]);
  });

  it('adds nothing for a head with an activity complement', () => {
    expect(run('تزايدت حركة النزوح من الأحياء.')).toEqual([]);
  });

  it('adds nothing for a head with a person’s office', () => {
    expect(run('رفضت إدارة الرئيس الفرنسي الخطة.')).toEqual([]);
  });

  it('adds nothing for a verbal-noun head with a verbal-noun complement', () => {
    expect(run('بدأ تنظيم الانتخابات البلدية أمس.')).toEqual([]);
  });

  it('leaves a place head inside an organization phrase to the place rule', () => {
    expect(run('سقطت قذيفة في مركز مدينة طرمين صباحا.')).toEqual(['LOC:طرمين']);
  });

  it('ends the phrase before a descriptive adjective after an indefinite head', () => {
    expect(run('قالت وكالة الأنباء المغربية الرسمية إن الوفد وصل.')).toContain('ORG:وكالة الأنباء المغربية');
  });

  it('ends the phrase before a time word', () => {
    expect(run('أعلنت وزارة الصحة اليوم حصيلة جديدة.')).toContain('ORG:وزارة الصحة');
  });

  it('takes a colour adjective into the name', () => {
    expect(run('أسعفت منظمة الصليب الأحمر الجرحى.')).toContain('ORG:منظمة الصليب الأحمر');
  });

  it('continues a لل complement with a coordinated verbal noun', () => {
    expect(run('موّل الصندوق العربي للإنماء والتطوير المشروع.')).toContain(
      'ORG:الصندوق العربي للإنماء والتطوير',
    );
  });

  it('leaves out a head before another head', () => {
    expect(run('انسحب فصيل جيش الأحرار من البلدة.')).toContain('ORG:جيش الأحرار');
  });
});

describe('outlets', () => {
  it('joins a word with نيوز into one organization', () => {
    expect(run('قال مصدر لموقع سندس نيوز إن الطريق مغلق.')).toContain('ORG:سندس نيوز');
  });

  it('joins a radio station with its «أف أم» tail into one organization', () => {
    expect(run('قال مصدر لمراسل سندس أف أم إن الطريق مغلق.')).toContain('ORG:سندس أف أم');
  });

  it('takes one foreign word after an outlet head as its name', () => {
    expect(run('ذكرت وكالة زنغار أن الاجتماع انتهى.')).toContain('ORG:وكالة زنغار');
  });

  it('does not take a common noun after an outlet head as a name', () => {
    expect(run('نقلت وكالة أنباء عن مصدر قوله.')).toEqual([]);
  });
});

describe('place guards', () => {
  it('does not read a perfect verb after a place head as a name', () => {
    expect(run('وقفوا في شارع بدت عليه آثار القصف.')).toEqual([]);
  });

  it('drops a province read as a club in the whole article', () => {
    const text = 'سدد اللاعب نحو مرمى القيروان. وبقي القيروان في المركز الثالث.';
    expect(run(text).filter((m) => m.startsWith('LOC'))).toEqual([]);
  });

  it('finds a place named after «بما فيها» a plural place noun', () => {
    expect(run('عاد الهدوء إلى مناطق الجنوب بما فيها الشرقاط أمس.')).toContain('LOC:الشرقاط');
  });
});
