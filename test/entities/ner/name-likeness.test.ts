import { describe, expect, it } from 'vitest';
import {
  gramTable,
  jackknifedNameGrams,
  listWords,
  type TypedWord,
} from '../../../scripts/train-ner-name-grams.js';
import { nameFeatureIds } from '../../../src/entities/ner/features.js';
import { addEntry, emptyGazetteers } from '../../../src/entities/ner/gazetteers.js';
import { featureId } from '../../../src/entities/ner/hash.js';
import {
  decodeModel,
  encodeModel,
  fromModelFile,
  makePass,
  toModelFile,
} from '../../../src/entities/ner/model.js';
import { nameBuckets, nameScores, wordGrams } from '../../../src/entities/ner/name-likeness.js';
import { tagSentence } from '../../../src/entities/ner/tag-sentence.js';
import { TAG_COUNT, tagIndex } from '../../../src/entities/ner/tags.js';

/** Made-up surnames in -وفسكي as PERS, common words as O. */
const PERS = ['بتروفسكي', 'ايفانوفسكي', 'سميرنوفسكي', 'كاروفسكي'];
const O = ['كتاب', 'مدرسة', 'يكتب', 'مكتب', 'كتبوا', 'درس', 'مدارس'];
const words = (list: string[], type: string): TypedWord[] => list.map((norm) => ({ norm, type }));
const table = gramTable([words(PERS, 'PERS'), words(O, 'O')]);
const PERS_SCORE = 0;

describe('wordGrams', () => {
  it('lists the 2-, 3- and 4-grams of the word between boundary marks', () => {
    expect(wordGrams('زيد')).toEqual(['^ز', 'زي', 'يد', 'د$', '^زي', 'زيد', 'يد$', '^زيد', 'زيد$']);
  });

  it('reads the word without its article', () => {
    expect(wordGrams('الرياض')[0]).toBe('^ر');
  });
});

describe('name-likeness scores', () => {
  it('score an unseen word with a name ending above zero for PERS', () => {
    expect(nameScores(table, 'زاروفسكي')?.[PERS_SCORE]).toBeGreaterThan(0);
  });

  it('score an unseen common word below zero for PERS', () => {
    expect(nameScores(table, 'مكتبة')?.[PERS_SCORE]).toBeLessThan(0);
  });

  it('score a name behind a conjunction as the name alone', () => {
    expect(nameScores(table, 'وزاروفسكي')?.[PERS_SCORE]).toBe(nameScores(table, 'زاروفسكي')?.[PERS_SCORE]);
  });

  it('give no score to a number or a Latin word', () => {
    expect(nameScores(table, '2007')).toBeNull();
    expect(nameScores(table, 'Reuters')).toBeNull();
  });

  it('bucket a name-like word higher for PERS than a common word', () => {
    const bucket = (w: string) => Number(nameBuckets(table, w)[PERS_SCORE].slice('PERS'.length));
    expect(nameBuckets(table, 'زاروفسكي')).toHaveLength(4);
    expect(bucket('زاروفسكي')).toBeGreaterThan(bucket('مكتبة'));
  });
});

describe('jackknifed name grams', () => {
  const sentences = Array.from({ length: 10 }, (_, s) => [...words(O, 'O'), ...words([PERS[s % 4]], 'PERS')]);
  sentences[0].push(...words(['ظظظظ'], 'PERS'));
  const grams = jackknifedNameGrams(sentences, 10);

  it('score a training sentence word with a table that did not see its fold', () => {
    const pers = (label: (w: string) => string[]) => label('ظظظظ')[PERS_SCORE];
    expect(pers(grams.forSentence(0))).not.toBe(pers(grams.all));
  });
});

describe('nameFeatureIds', () => {
  const labels = [['PERS1'], ['PERS5'], ['LOC2']];

  it('fires for the word and its neighbours, each under its own template', () => {
    expect(nameFeatureIds(labels, 1, [])).toEqual([
      featureId('nl-1', 'PERS1'),
      featureId('nl0', 'PERS5'),
      featureId('nl1', 'LOC2'),
    ]);
  });

  it('fires for the word alone when the neighbours are left out (--name-grams-word)', () => {
    expect(nameFeatureIds(labels, 1, [], false)).toEqual([featureId('nl0', 'PERS5')]);
  });

  it('has no left neighbour at the sentence start', () => {
    expect(nameFeatureIds(labels, 0, [])).toEqual([featureId('nl0', 'PERS1'), featureId('nl1', 'PERS5')]);
  });
});

describe('a model trained with name grams', () => {
  /** One weight: a word in the top PERS bucket is B-PERS. */
  const weights = new Float32Array(TAG_COUNT);
  weights[tagIndex('B-PERS')] = 5;
  const pass = makePass([featureId('nl0', 'PERS5')], weights, new Float32Array((TAG_COUNT + 1) * TAG_COUNT));
  const file = toModelFile(
    { passes: [pass], lexicon: new Map(), clusters: new Map(), oBias: 0, nameGrams: table },
    {},
  );
  const model = fromModelFile(decodeModel(encodeModel(file)));

  it('keeps the gram table in the model file', () => {
    expect(model.nameGrams?.grams.size).toBe(table.grams.size);
  });

  it('tags a name-like word it never saw from its letters alone', () => {
    expect(tagSentence(['قال', 'زاروفسكي'], model, emptyGazetteers())).toEqual(['O', 'B-PERS']);
  });
});

describe('name-list words (--name-grams-lists)', () => {
  const gaz = emptyGazetteers();
  addEntry(gaz, 'زاكورا', 'LOC');
  addEntry(gaz, 'بنك زاروفا', 'ORG');
  const lexicon = new Map([
    ['كتاب', ['1', '9', '', '']],
    ['نادرة', ['1', '2', '', '']],
    ['زاكورا', ['0', '9', '', '']],
  ]);
  const typed = listWords(gaz, ['زورين'], lexicon);
  const typeOf = (w: string) => typed.find((t) => t.norm === w)?.type;

  it('take given names as PERS and gazetteer words and phrase words as their type', () => {
    expect([typeOf('زورين'), typeOf('زاكورا'), typeOf('زاروفا')]).toEqual(['PERS', 'LOC', 'ORG']);
  });

  it('take frequent news words on no list as O, and leave rare ones out', () => {
    expect([typeOf('كتاب'), typeOf('نادرة')]).toEqual(['O', undefined]);
  });
});
