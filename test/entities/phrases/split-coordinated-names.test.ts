import { describe, expect, it } from 'vitest';
import { findPhraseMentions } from '../../../src/entities/phrases/index.js';
import type { EntityMention } from '../../../src/types.js';
import { segmentsOf } from './segments-of.js';

function tagged(text: string, span: string, type: EntityMention['type']): EntityMention {
  const start = text.indexOf(span);
  return { start, end: start + span.length, text: span, type, key: span, sentence: 0 };
}

const run = (text: string, span: string) =>
  findPhraseMentions(text, segmentsOf(text), [tagged(text, span, 'PER')]).map((m) => m.text);

describe('split-coordinated-names: two people joined by و in one person mention', () => {
  it('splits at «و» + a given name, the conjunction outside both spans', () => {
    const text = 'وشارك في الحفل الفنانان كريم سلامة وسمير داود أمس.';
    expect(run(text, 'كريم سلامة وسمير داود')).toEqual(['كريم سلامة', 'سمير داود']);
  });

  it('keeps a name whose word begins with و of its own (وليد is a given name)', () => {
    const text = 'وقال أحمد وليد الكردي إن الوضع هادئ.';
    expect(run(text, 'أحمد وليد الكردي')).toEqual(['أحمد وليد الكردي']);
  });

  it('keeps a name when the word after و is no given name', () => {
    const text = 'وقال كريم سلامة وشركاه إن الوضع هادئ.';
    expect(run(text, 'كريم سلامة وشركاه')).toEqual(['كريم سلامة وشركاه']);
  });
});
