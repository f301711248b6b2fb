import { describe, expect, it } from 'vitest';
import { buildClusters, quantized } from '../../../scripts/train-ner-clusters.js';
import { kmeans, seededRandom } from '../../../scripts/train-ner-kmeans.js';

/** Two kinds of words in two kinds of contexts: cities after «في», verbs after «ثم». */
function toyCorpus(): string[][] {
  const random = seededRandom(3);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const cities = ['دمشق', 'بيروت', 'عمان', 'القاهرة'];
  const verbs = ['قال', 'اكد', 'اعلن', 'اضاف'];
  return Array.from({ length: 400 }, (_, k) =>
    k % 2 ? ['وصل', 'في', pick(cities), 'امس'] : ['ثم', pick(verbs), 'ان', 'الوفد'],
  );
}

const OPTIONS = {
  minCount: 3,
  maxWords: 100,
  contexts: 20,
  dims: 16,
  branches: [2, 2],
  embed: 'project' as const,
};

describe('buildClusters', () => {
  const clusters = buildClusters(toyCorpus(), OPTIONS);
  const top = (word: string) => clusters[word].split('.')[0];

  it('gives every frequent word a path with one level per branching', () => {
    expect(clusters.دمشق).toMatch(/^\d+\.\d+$/);
  });

  it('puts words of the same contexts under the same top cluster', () => {
    expect(new Set(['دمشق', 'بيروت', 'عمان', 'القاهرة'].map(top)).size).toBe(1);
    expect(new Set(['قال', 'اكد', 'اعلن', 'اضاف'].map(top)).size).toBe(1);
  });

  it('keeps the two kinds apart', () => {
    expect(top('دمشق')).not.toBe(top('قال'));
  });

  it('is deterministic', () => {
    expect(buildClusters(toyCorpus(), OPTIONS)).toEqual(clusters);
  });

  it('leaves out words seen fewer than minCount times', () => {
    expect(buildClusters([['نادرة', 'كلمة']], OPTIONS)).toEqual({});
  });
});

describe('kmeans', () => {
  it('separates two groups of unit points', () => {
    const points = Float32Array.from([1, 0, 0.99, 0.14, 0, 1, 0.14, 0.99]);
    const assign = Array.from(kmeans(points, 2, [0, 1, 2, 3], 2, 1));
    expect(assign[0]).toBe(assign[1]);
    expect(assign[2]).toBe(assign[3]);
    expect(assign[0]).not.toBe(assign[2]);
  });
});

describe('buildClusters over SVD vectors', () => {
  const svd = { ...OPTIONS, dims: 4, embed: 'svd' as const };
  const clusters = buildClusters(toyCorpus(), svd);
  const top = (word: string) => clusters[word].split('.')[0];

  it('puts the cities in one top cluster and the verbs in the other', () => {
    expect(new Set(['دمشق', 'بيروت', 'عمان', 'القاهرة'].map(top)).size).toBe(1);
    expect(new Set(['قال', 'اكد', 'اعلن', 'اضاف'].map(top)).size).toBe(1);
    expect(top('دمشق')).not.toBe(top('قال'));
  });
});

describe('quantized', () => {
  it('writes p above the threshold, n below its negative and 0 between', () => {
    expect(quantized(Float32Array.from([0.3, -0.05, -0.4, 0.1]), 0, 4, 0.2)).toBe('p0n0');
  });
});
