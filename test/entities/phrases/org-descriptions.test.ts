import { describe, expect, it } from 'vitest';
import { findPhraseMentions } from '../../../src/entities/phrases/index.js';
import type { EntityMention } from '../../../src/types.js';
import { segmentsOf } from './segments-of.js';

/** A tagger mention over the first occurrence of `span` in `text`. */
function tagged(text: string, span: string, type: EntityMention['type']): EntityMention {
  const start = text.indexOf(span);
  return { start, end: start + span.length, text: span, type, key: span, sentence: 0 };
}

const orgs = (text: string, mentions: EntityMention[] = []) =>
  findPhraseMentions(text, segmentsOf(text), mentions)
    .filter((m) => m.type === 'ORG')
    .map((m) => m.text);

describe('organization heads read as common nouns (second round)', () => {
  it('adds nothing for an indefinite head with a «لـ» word first', () => {
    expect(orgs('يريد أن يجعل البلد مركز لقيادة العالم العربي.')).toEqual([]);
  });

  it('adds nothing for a head followed by a time of day', () => {
    expect(orgs('نفذت القوات ضربة محكمة الليلة الماضية.')).toEqual([]);
  });

  it('adds nothing for a definite verbal-noun head with an adjective of a field of activity', () => {
    expect(orgs('تراجعت الحركة التجارية في الأسواق.')).toEqual([]);
  });

  it('adds nothing for a head whose first complement is «عبور»', () => {
    expect(orgs('توقفت حركة عبور الشاحنات على المعبر.')).toEqual([]);
  });

  it('adds nothing for «مركز الصدارة»', () => {
    expect(orgs('حافظ الفريق على مركز الصدارة في الدوري.')).toEqual([]);
  });

  it('adds nothing for a verbal-noun head with a name and a «لل» object', () => {
    const text = 'انتقدت الصحيفة إدارة باريس للأزمة بشدة.';
    expect(orgs(text, [tagged(text, 'باريس', 'LOC')])).toEqual([]);
  });

  it('adds nothing for common words right before an organization the tagger found', () => {
    const text = 'أعلنت شركة السيارات الألمانية فولكسفاغن أرباحها.';
    expect(orgs(text, [tagged(text, 'فولكسفاغن', 'ORG')])).toEqual(['فولكسفاغن']);
  });

  it('keeps the phrase before an organization joined by «و»', () => {
    const text = 'قالت وحدات حماية الشعب الكردية وحزب العمال إنهما منفصلان.';
    expect(orgs(text, [tagged(text, 'حزب العمال', 'ORG')])).toContain('وحدات حماية الشعب الكردية');
  });

  it('keeps the phrase before an organization in the genitive with «لل»', () => {
    const text = 'اجتمعت الجمعية العامة للأمم المتحدة في نيويورك.';
    expect(orgs(text, [tagged(text, 'لأمم المتحدة', 'ORG')])).toContain('الجمعية العامة');
  });

  it('keeps the phrase before a bare head noun the tagger took for a name', () => {
    const text = 'تعتبر أنقرة وحدات حماية الشعب الكردية منظمة إرهابية.';
    expect(orgs(text, [tagged(text, 'منظمة', 'ORG')])).toContain('وحدات حماية الشعب الكردية');
  });

  it('keeps a name with a remit when a descriptive adjective follows', () => {
    expect(orgs('اتخذ إجراءات ضد المفوضية السامية لشؤون اللاجئين التابعة للأمم المتحدة.')).toContain(
      'المفوضية السامية لشؤون اللاجئين',
    );
  });

  it('still takes the same phrase when no organization follows it', () => {
    expect(orgs('أعلنت شركة السيارات الألمانية أرباحها.')).toEqual(['شركة السيارات الألمانية']);
  });

  it('continues a name after its adjective with a «لـ» word of its remit', () => {
    const text = 'قالت مفوضية الأمم المتحدة العليا لشؤون اللاجئين إنها تعمل.';
    expect(orgs(text, [tagged(text, 'الأمم المتحدة', 'ORG')])).toContain(
      'مفوضية الأمم المتحدة العليا لشؤون اللاجئين',
    );
  });

  it('ends a name before a «لـ» word that is no remit', () => {
    const text = 'دعت منظمة الصحة العالمية لوقف الهجمات.';
    expect(orgs(text)).toEqual(['منظمة الصحة العالمية']);
  });
});
