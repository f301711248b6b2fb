import { describe, expect, it } from 'vitest';
import { hashString } from '../../../src/entities/ner/hash.js';
import {
  decodeModel,
  encodeModel,
  fromModelFile,
  makePass,
  nameLabels,
  toModelFile,
} from '../../../src/entities/ner/model.js';
import { TAG_COUNT } from '../../../src/entities/ner/tags.js';

const ids = [hashString('w=دمشق'), hashString('b')];
const first = makePass(
  ids,
  Float32Array.from({ length: 2 * TAG_COUNT }, (_, k) => (k % 3) - 1.25),
  Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => k / 4),
);
const second = makePass(
  [7],
  new Float32Array(TAG_COUNT).fill(0.5),
  new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
);
const model = {
  passes: [first, second],
  lexicon: new Map([['دمشق', ['0', '7', 'في', 'و']]]),
  clusters: new Map([['دمشق', '3.1.4']]),
  oBias: 2.5,
};

describe('model file', () => {
  const back = fromModelFile(decodeModel(encodeModel(toModelFile(model, { data: 'test' }))));

  it('keeps the feature ids of each pass', () => {
    expect(Array.from(back.passes[0].ids)).toEqual(ids);
    expect(Array.from(back.passes[1].ids)).toEqual([7]);
  });

  it('finds a feature row by its id', () => {
    expect(back.passes[0].table.get(hashString('b'))).toBe(1);
  });

  it('keeps weights and transitions to the quantization step', () => {
    expect(Array.from(back.passes[0].weights)).toEqual(Array.from(first.weights));
    expect(Array.from(back.passes[0].transitions)).toEqual(Array.from(first.transitions));
  });

  it('keeps the word statistics and clusters', () => {
    expect(back.lexicon.get('دمشق')).toEqual(['0', '7', 'في', 'و']);
    expect(back.clusters.get('دمشق')).toBe('3.1.4');
  });

  it('keeps the decode bias against O', () => {
    expect(back.oBias).toBe(2.5);
  });

  it('reads a file without a decode bias as no bias', () => {
    const { oBias: _, ...older } = toModelFile(model, {});
    expect(fromModelFile(older as Parameters<typeof fromModelFile>[0]).oBias).toBe(0);
  });

  it('keeps the decode bias per type', () => {
    const file = toModelFile({ ...model, typeBias: { ORG: 1.5 } }, {});
    expect(fromModelFile(decodeModel(encodeModel(file))).typeBias).toEqual({ ORG: 1.5 });
  });

  it('reads a file without a bias per type as none', () => {
    expect(back.typeBias).toEqual({});
  });

  it('refuses a file of the first format', () => {
    const old = { ...toModelFile(model, {}), version: 1 } as unknown as Parameters<typeof fromModelFile>[0];
    expect(() => fromModelFile(old)).toThrow(/format/);
  });

  it('keeps the family names and reads the shipped given names when the file says so', () => {
    const names = nameLabels(['اسامه'], ['الجعفري']);
    const file = toModelFile({ ...model, names }, {});
    expect(file.givenNames).toBe(true);
    expect(file.family).toEqual(['الجعفري']);
    const read = fromModelFile(file).names;
    expect(read?.get('الجعفري')).toBe('FAMILY');
    expect(read?.get('محمد')).toBe('GIVEN');
  });

  it('reads the shipped currency nouns when the file says so', () => {
    const file = toModelFile({ ...model, names: nameLabels([], [], ['دولار']) }, {});
    expect(file.currencies).toBe(true);
    expect(fromModelFile(file).names?.get('الدولار')).toBe('CURRENCY');
  });

  it('reads a file without name lists as none', () => {
    expect(back.names?.size).toBe(0);
  });
});
