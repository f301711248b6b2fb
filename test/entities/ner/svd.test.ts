import { describe, expect, it } from 'vitest';
import type { SparseRow } from '../../../scripts/train-ner-kmeans.js';
import { ppmiRows, symmetricEigen, truncatedSvd } from '../../../scripts/train-ner-svd.js';

/** Dense rows as sparse ones (zeros left out). */
const sparse = (dense: number[][]): SparseRow[] =>
  dense.map((row) => ({
    ids: row.flatMap((v, j) => (v ? [j] : [])),
    values: row.filter((v) => v),
  }));

describe('symmetricEigen', () => {
  it('finds the eigenvalues 1 and 3 of [[2, 1], [1, 2]]', () => {
    const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values.sort()).toEqual([expect.closeTo(1, 9), expect.closeTo(3, 9)]);
  });
});

describe('truncatedSvd', () => {
  // [[3, 0], [0, 2], [0, 0]]: singular values 3 and 2, left vectors e1 and e2.
  const { singular, u, k } = truncatedSvd(
    sparse([
      [3, 0],
      [0, 2],
      [0, 0],
    ]),
    2,
    2,
    2,
    0,
  );

  it('finds the singular values of a diagonal matrix, largest first', () => {
    expect(singular).toEqual([expect.closeTo(3, 6), expect.closeTo(2, 6)]);
  });

  it('finds its left singular vectors up to sign', () => {
    const column = (j: number) => [0, 1, 2].map((r) => Math.abs(u[r * k + j]));
    expect(column(0)).toEqual([expect.closeTo(1, 6), expect.closeTo(0, 6), expect.closeTo(0, 6)]);
    expect(column(1)).toEqual([expect.closeTo(0, 6), expect.closeTo(1, 6), expect.closeTo(0, 6)]);
  });

  it('finds the one singular value √8 of the rank-one matrix [[1, 1], [1, 1], [1, 1], [1, 1]]', () => {
    // AᵀA = [[4, 4], [4, 4]], eigenvalues 8 and 0.
    const svd = truncatedSvd(
      sparse([
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
      2,
      1,
      2,
      1,
    );
    expect(svd.singular[0]).toBeCloseTo(Math.sqrt(8), 6);
  });
});

describe('ppmiRows', () => {
  it('keeps only the word pairs that co-occur more often than chance', () => {
    // a and b always side by side; c and d always side by side; window 1.
    const vocab = new Map(['a', 'b', 'c', 'd'].map((w, i) => [w, i]));
    const rows = ppmiRows(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['a', 'b'],
        ['c', 'd'],
      ],
      vocab,
      1,
    );
    expect(rows.map((r) => r.ids)).toEqual([[1], [0], [3], [2]]);
  });

  it('gives a context word on the right its own column when directional', () => {
    const vocab = new Map(['a', 'b', 'c', 'd'].map((w, i) => [w, i]));
    const rows = ppmiRows(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['a', 'b'],
        ['c', 'd'],
      ],
      vocab,
      1,
      true,
    );
    expect(rows.map((r) => r.ids)).toEqual([[5], [0], [7], [2]]);
  });
});
