import { describe, expect, it } from 'vitest';
import { applyPostPasses } from '../../../src/entities/ner-post/index.js';

const O = (n: number) => Array.from({ length: n }, () => 'O');

describe('applyPostPasses: the pipeline passes over CoNLL tags', () => {
  it('returns the tagger tags unchanged with no pass', () => {
    const tags = [['B-LOC', 'O']];
    expect(applyPostPasses([['سوريا', 'اليوم']], tags, [])).toBe(tags);
  });

  it('phrases: tags an organization head with its complement that the tagger missed', () => {
    const out = applyPostPasses([['وأعلنت', 'وزارة', 'الزراعة', 'أمس']], [O(4)], ['phrases']);
    expect(out[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('places: tags the name after a place head noun as LOC, not the head', () => {
    const out = applyPostPasses([['هبطت', 'الطائرة', 'في', 'قاعدة', 'زهران', 'الجوية']], [O(6)], ['places']);
    expect(out[0]).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'O']);
  });

  it('places: leaves an organization phrase untagged (ANERcorp does not tag descriptive organizations)', () => {
    const out = applyPostPasses([['وأعلنت', 'وزارة', 'الزراعة', 'أمس']], [O(4)], ['places']);
    expect(out[0]).toEqual(O(4));
  });

  const sentences = [
    ['قال', 'ماريو', 'فيرنانديز', 'إن', 'الوفد', 'وصل'],
    ['وأكد', 'ماريو', 'فيرنانديز', 'ذلك'],
    ['وغادر', 'ماريو', 'فيرنانديز', 'المدينة'],
  ];
  const tags = [['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O'], ['O', 'B-PERS', 'I-PERS', 'O'], O(4)];

  it('known: tags a name the tagger found in other sentences where it was left untagged', () => {
    expect(applyPostPasses(sentences, tags, ['known'])[2]).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
  });

  it('known: finds the name in another document of the same story (windows of one sentence)', () => {
    expect(applyPostPasses(sentences, tags, ['known'], { window: 1 })[2]).toEqual([
      'O',
      'B-PERS',
      'I-PERS',
      'O',
    ]);
  });

  it('known, each document alone: a name tagged only in other documents is not found', () => {
    expect(applyPostPasses(sentences, tags, ['known'], { window: 1, story: 'each' })[2]).toEqual(O(4));
  });

  it('keeps one tag row per sentence, one tag per token, across windows', () => {
    const out = applyPostPasses(sentences, tags, ['places', 'known'], { window: 2 });
    expect(out.map((row) => row.length)).toEqual([6, 4, 4]);
  });
});
