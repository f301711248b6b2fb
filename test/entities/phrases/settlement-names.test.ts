import { describe, expect, it } from 'vitest';
import { findPhraseMentions } from '../../../src/entities/phrases/index.js';
import type { EntityMention } from '../../../src/types.js';
import { segmentsOf } from './segments-of.js';

/** A tagger mention over the first occurrence of `span` in `text`. */
function tagged(text: string, span: string, type: EntityMention['type']): EntityMention {
  const start = text.indexOf(span);
  return { start, end: start + span.length, text: span, type, key: span, sentence: 0 };
}

const run = (text: string, mentions: EntityMention[]) =>
  findPhraseMentions(text, segmentsOf(text), mentions).map((m) => `${m.type}:${m.text}`);

describe('names after a settlement head', () => {
  it('reads an organization the tagger found after «مدينة» as a place', () => {
    const text = 'قصفت الطائرات مدينة كفرنبل أمس.';
    expect(run(text, [tagged(text, 'كفرنبل', 'ORG')])).toEqual(['LOC:كفرنبل']);
  });

  it('reads a person the tagger found after «حي» as a place', () => {
    const text = 'اندلعت اشتباكات في حي الشيخ سعيد بحلب.';
    expect(run(text, [tagged(text, 'الشيخ سعيد', 'PER')])).toContain('LOC:الشيخ سعيد');
  });

  it('leaves a person after a head with the article alone', () => {
    const text = 'قال عمدة المدينة زياد إن الوضع هادئ.';
    expect(run(text, [tagged(text, 'زياد', 'PER')])).toEqual(['PER:زياد']);
  });

  it('leaves a person after an airport head alone', () => {
    const text = 'وصل الوفد إلى مطار الملك خالد الدولي.';
    expect(run(text, [tagged(text, 'الملك خالد', 'PER')])).toContain('PER:الملك خالد');
  });
});

describe('verbs read as names', () => {
  it('drops a person whose first word is an imperfect verb with a dual object pronoun', () => {
    const text = 'ناقلتان تملكهما سوفكومفلوت الروسية.';
    expect(run(text, [tagged(text, 'تملكهما سوفكومفلوت', 'PER')])).toEqual([]);
  });

  it('adds nothing for an indefinite head with a «لل» complement first', () => {
    expect(run('نظم تجمع للمعلمين وقفة احتجاجية.', [])).toEqual([]);
  });
});
