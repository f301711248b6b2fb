import { describe, expect, it } from 'vitest';
import { applyPostPasses } from '../../../src/entities/ner-post/index.js';

const O = (n: number) => Array.from({ length: n }, () => 'O');

describe('applyPostPasses: the pipeline passes over CoNLL tags', () => {
  it('returns the tagger tags unchanged with none', () => {
    const tags = [['B-LOC', 'O']];
    expect(applyPostPasses([['سوريا', 'اليوم']], tags, 'none')).toBe(tags);
  });

  it('phrases: tags an organization head with its complement that the tagger missed', () => {
    const out = applyPostPasses([['وأعلنت', 'وزارة', 'الزراعة', 'أمس']], [O(4)], 'phrases');
    expect(out[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  const sentences = [
    ['قال', 'ماريو', 'فيرنانديز', 'إن', 'الوفد', 'وصل'],
    ['وأكد', 'ماريو', 'فيرنانديز', 'ذلك'],
    ['وغادر', 'ماريو', 'فيرنانديز', 'المدينة'],
  ];
  const tags = [['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O'], ['O', 'B-PERS', 'I-PERS', 'O'], O(4)];

  it('known: tags a name the tagger found in other sentences where it was left untagged', () => {
    expect(applyPostPasses(sentences, tags, 'known')[2]).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
  });

  it('known: finds the name in another document of the same story (windows of one sentence)', () => {
    expect(applyPostPasses(sentences, tags, 'known', { window: 1 })[2]).toEqual([
      'O',
      'B-PERS',
      'I-PERS',
      'O',
    ]);
  });

  it('known, each document alone: a name tagged only in other documents is not found', () => {
    expect(applyPostPasses(sentences, tags, 'known', { window: 1, story: 'each' })[2]).toEqual(O(4));
  });

  it('keeps one tag row per sentence, one tag per token, across windows', () => {
    const out = applyPostPasses(sentences, tags, 'all', { window: 2 });
    expect(out.map((row) => row.length)).toEqual([6, 4, 4]);
  });
});
