import { describe, expect, it } from 'vitest';
import { findPhraseMentions } from '../../../src/entities/phrases/index.js';
import { segment } from '../../../src/pipeline/stages/segment.js';
import type { EntityMention, MasarDoc, Segments } from '../../../src/types.js';

function segmentsOf(text: string): Segments {
  const doc: MasarDoc = {
    id: 't',
    meta: { source: 't' },
    published: { date: null, how: 'unknown', evidence: '' },
    data: { clean: { title: '', text, dropped: [] } },
    messages: [],
  };
  segment.run(doc, { options: {} });
  if (!doc.data.segments) throw new Error('no segments');
  return doc.data.segments;
}

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

  it('drops a place that is an adverb in -يا', () => {
    const text = 'دعمت الحكومة المشروع ماديا وسياسيا.';
    expect(run(text, [tagged(text, 'ماديا', 'LOC')])).toEqual([]);
  });

  it('keeps a country in -يا', () => {
    const text = 'سافر الوزير أمس وزار بريطانيا.';
    expect(run(text, [tagged(text, 'بريطانيا', 'LOC')])).toEqual(['LOC:بريطانيا']);
  });
});
