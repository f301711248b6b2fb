import { describe, expect, it } from 'vitest';
import { buildConllDocument } from '../../../src/entities/ner-post/build-conll-document.js';
import { mentionsOfTags, tagsOfMentions } from '../../../src/entities/ner-post/convert-mentions.js';

const SENTENCES = [
  ['زار', 'الوفد', 'القاهرة', '(أمس)'],
  ['وقال', 'ماريو', 'فيرنانديز', 'إنه', 'بالقاهرة'],
];

describe('buildConllDocument: CoNLL sentences as a pipeline document', () => {
  const doc = buildConllDocument(SENTENCES);

  it('joins tokens by a space and sentences by a line break', () => {
    expect(doc.text).toBe('زار الوفد القاهرة (أمس)\nوقال ماريو فيرنانديز إنه بالقاهرة');
  });

  it('keeps each CoNLL token at its span in the text', () => {
    const back = doc.spans.map((words) => words.map((w) => doc.text.slice(w.start, w.end)));
    expect(back).toEqual(SENTENCES);
  });

  it('tokenizes as the pipeline does: brackets glued to a CoNLL token are tokens of their own', () => {
    const first = doc.segments.tokens.filter((t) => t.sentence === 0).map((t) => t.text);
    expect(first).toEqual(['زار', 'الوفد', 'القاهرة', '(', 'أمس', ')']);
  });

  it('gives each sentence its range of pipeline tokens', () => {
    const ranges = doc.segments.sentences.map((s) => [s.tokenStart, s.tokenEnd]);
    expect(ranges).toEqual([
      [0, 6],
      [6, 11],
    ]);
  });
});

describe('mentionsOfTags / tagsOfMentions', () => {
  const doc = buildConllDocument(SENTENCES);
  const tags = [
    ['O', 'O', 'B-LOC', 'O'],
    ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'],
  ];

  it('makes one mention per chunk with the pipeline type name (PERS → PER)', () => {
    const mentions = mentionsOfTags(doc, tags);
    expect(mentions.map((m) => [m.text, m.type, m.sentence])).toEqual([
      ['القاهرة', 'LOC', 0],
      ['ماريو فيرنانديز', 'PER', 1],
      ['القاهرة', 'LOC', 1],
    ]);
  });

  it('leaves a preposition before the article out of the span, as the entities stage does', () => {
    const last = mentionsOfTags(doc, tags)[2];
    expect(doc.text.slice(last.start - 1, last.end)).toBe('بالقاهرة');
  });

  it('gives back the same tags from the mentions (round trip)', () => {
    expect(tagsOfMentions(doc, mentionsOfTags(doc, tags))).toEqual(tags);
  });

  it('tags the whole CoNLL token a mention covers part of', () => {
    const start = doc.text.indexOf('أمس');
    const mention = { start, end: start + 3, text: 'أمس', type: 'MISC' as const, key: 'امس', sentence: 0 };
    expect(tagsOfMentions(doc, [mention])[0]).toEqual(['O', 'O', 'O', 'B-MISC']);
  });

  it('leaves out a mention that overlaps one earlier in the text', () => {
    const at = (word: string, type: 'PER' | 'ORG') => {
      const start = doc.text.indexOf(word);
      return { start, end: start + word.length, text: word, type, key: word, sentence: 1 };
    };
    const out = tagsOfMentions(doc, [at('فيرنانديز إنه', 'ORG'), at('ماريو فيرنانديز', 'PER')]);
    expect(out[1]).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  });
});
