import { describe, expect, it } from 'vitest';
import { emptyGazetteers } from '../../../src/entities/ner/gazetteers.js';
import { featureId } from '../../../src/entities/ner/hash.js';
import { allStackIds, stackFeatureIds } from '../../../src/entities/ner/stack-features.js';
import { tagIndex } from '../../../src/entities/ner/tags.js';
import { viewTokens } from '../../../src/entities/ner/view-tokens.js';

const sentences = [
  ['قال', 'الليكود', 'اليوم'],
  ['وعاد', 'ليكود', 'إلى', 'الحكم'],
  ['رفض', 'الليكود', 'ذلك'],
];
const views = sentences.map((words) => viewTokens(words, emptyGazetteers()));
const tags = [
  ['O', 'B-ORG', 'O'],
  ['O', 'O', 'O', 'O'],
  ['O', 'O', 'O'],
].map((list) => Int32Array.from(list, tagIndex));

describe('stackFeatureIds', () => {
  const ids = stackFeatureIds(views, tags);

  it('gives the first-pass tag of the token and its neighbours', () => {
    expect(ids[0][1]).toEqual(
      expect.arrayContaining([featureId('p0', 'B-ORG'), featureId('p-1', 'O'), featureId('p+1', 'O')]),
    );
  });

  it('tells a word form how the first pass tagged it in another sentence', () => {
    expect(ids[2][1]).toEqual(expect.arrayContaining([featureId('d', 'ORG'), featureId('dB', 'ORG')]));
  });

  it('matches the form without the article', () => {
    expect(ids[1][1]).toContain(featureId('d', 'ORG'));
  });

  it('gives each type once even when found under both forms', () => {
    expect(ids[2][1].filter((id) => id === featureId('d', 'ORG'))).toHaveLength(1);
  });

  it('does not count the token itself', () => {
    expect(ids[0][1]).not.toContain(featureId('d', 'ORG'));
  });

  it('looks no further than the window', () => {
    expect(stackFeatureIds(views, tags, 1)[2][1]).not.toContain(featureId('d', 'ORG'));
  });

  it('only gives ids the second pass has rows for', () => {
    const known = new Set(allStackIds());
    expect(ids.flat(2).every((id) => known.has(id))).toBe(true);
  });

  it("joins the previous first-pass tag with the word's lexical class (none without news statistics)", () => {
    expect(ids[0][1]).toContain(featureId('lx-1', 'O', 'nonen'));
    expect(ids[0][1]).toContain(featureId('lx0', 'B-ORG', 'nonen'));
  });

  it('classes a word by its article ratio and frequency band in the news', () => {
    const lexicon = new Map([['اليوم', ['4', '9', '', '']]]);
    const withLex = sentences.map((words) => viewTokens(words, emptyGazetteers(), lexicon));
    expect(stackFeatureIds(withLex, tags)[0][2]).toContain(featureId('lx-1', 'B-ORG', '4h'));
  });
});
