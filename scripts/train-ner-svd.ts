/**
 * Dense word vectors for the tagger's word clusters (train-ner-clusters.ts): positive PMI of co-occurrence
 * within ±WINDOW words (context counts smoothed by ^0.75, Levy et al. 2015) over unlabeled text, reduced
 * by a truncated SVD (randomized range finder with power iterations, Halko et al. 2011) in plain
 * TypeScript: the vectors are U·√Σ of the top singular triplets, unit length.
 */
import type { SparseRow } from './train-ner-kmeans.js';
import { seededRandom } from './train-ner-kmeans.js';

/**
 * PPMI rows (word × context word, both indices into `vocab`) of the co-occurrences within ±window; when
 * `directional`, a context word on the right is a column of its own (index + vocab size).
 */
export function ppmiRows(
  sentences: string[][],
  vocab: Map<string, number>,
  window = 2,
  directional = false,
): SparseRow[] {
  const rows: Map<number, number>[] = Array.from({ length: vocab.size }, () => new Map());
  const ctx = new Float64Array(directional ? 2 * vocab.size : vocab.size);
  for (const s of sentences) {
    const ids = s.map((w) => vocab.get(w) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] < 0) continue;
      for (let j = Math.max(0, i - window); j <= Math.min(ids.length - 1, i + window); j++) {
        if (j === i || ids[j] < 0) continue;
        const c = directional && j > i ? ids[j] + vocab.size : ids[j];
        rows[ids[i]].set(c, (rows[ids[i]].get(c) ?? 0) + 1);
        ctx[c]++;
      }
    }
  }
  const smoothed = ctx.map((n) => n ** 0.75);
  const ctxTotal = smoothed.reduce((a, b) => a + b, 0);
  const total = ctx.reduce((a, b) => a + b, 0);
  return rows.map((row) => {
    let own = 0;
    for (const n of row.values()) own += n;
    const out: SparseRow = { ids: [], values: [] };
    for (const [c, n] of row) {
      const pmi = Math.log((n * ctxTotal) / (own * smoothed[c]));
      if (pmi <= 0 || total === 0) continue;
      out.ids.push(c);
      out.values.push(pmi);
    }
    return out;
  });
}

/** Y = A·X (A sparse m × n; X dense n × l, row-major). */
function times(rows: SparseRow[], x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(rows.length * l);
  rows.forEach(({ ids, values }, r) => {
    for (let k = 0; k < ids.length; k++)
      for (let j = 0, a = ids[k] * l; j < l; j++) y[r * l + j] += values[k] * x[a + j];
  });
  return y;
}

/** Y = Aᵀ·X (X dense m × l), n × l. */
function timesT(rows: SparseRow[], columns: number, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(columns * l);
  rows.forEach(({ ids, values }, r) => {
    for (let k = 0; k < ids.length; k++)
      for (let j = 0, a = ids[k] * l; j < l; j++) y[a + j] += values[k] * x[r * l + j];
  });
  return y;
}

/** Orthonormal columns (modified Gram-Schmidt) of a dense m × l matrix, in place. */
export function orthonormalize(q: Float64Array, m: number, l: number): void {
  for (let j = 0; j < l; j++) {
    for (let p = 0; p < j; p++) {
      let d = 0;
      for (let i = 0; i < m; i++) d += q[i * l + j] * q[i * l + p];
      for (let i = 0; i < m; i++) q[i * l + j] -= d * q[i * l + p];
    }
    let norm = 0;
    for (let i = 0; i < m; i++) norm += q[i * l + j] ** 2;
    const s = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < m; i++) q[i * l + j] *= s;
  }
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric l × l matrix, cyclic Jacobi. */
export function symmetricEigen(a: Float64Array, l: number): { values: number[]; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += m[p * l + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = m[p * l + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q * l + q] - m[p * l + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const [mkp, mkq] = [m[k * l + p], m[k * l + q]];
          m[k * l + p] = c * mkp - s * mkq;
          m[k * l + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < l; k++) {
          const [mpk, mqk] = [m[p * l + k], m[q * l + k]];
          m[p * l + k] = c * mpk - s * mqk;
          m[q * l + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < l; k++) {
          const [vkp, vkq] = [v[k * l + p], v[k * l + q]];
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Array.from({ length: l }, (_, i) => m[i * l + i]), vectors: v };
}

/**
 * The top `k` singular values and left singular vectors (m × k, row-major) of a sparse m × `columns`
 * matrix: randomized range finder (k + oversample Gaussian-like probes, `power` iterations), then the
 * exact eigen-decomposition of the small Gram matrix QᵀA·AᵀQ. Deterministic for a given seed.
 */
export function truncatedSvd(
  rows: SparseRow[],
  columns: number,
  k: number,
  power = 2,
  oversample = 10,
  seed = 11,
) {
  const m = rows.length;
  const l = Math.min(k + oversample, m, columns);
  const random = seededRandom(seed);
  const probe = Float64Array.from({ length: columns * l }, () => random() + random() + random() - 1.5);
  let q = times(rows, probe, l);
  orthonormalize(q, m, l);
  for (let it = 0; it < power; it++) {
    const z = timesT(rows, columns, q, l);
    orthonormalize(z, columns, l);
    q = times(rows, z, l);
    orthonormalize(q, m, l);
  }
  const bt = timesT(rows, columns, q, l); // (QᵀA)ᵀ, columns × l
  const gram = new Float64Array(l * l);
  for (let i = 0; i < columns; i++)
    for (let a = 0; a < l; a++) for (let b = 0; b < l; b++) gram[a * l + b] += bt[i * l + a] * bt[i * l + b];
  const { values, vectors } = symmetricEigen(gram, l);
  const order = values
    .map((_, i) => i)
    .sort((a, b) => values[b] - values[a])
    .slice(0, Math.min(k, l));
  const u = new Float64Array(m * order.length);
  for (let r = 0; r < m; r++)
    order.forEach((e, j) => {
      let s = 0;
      for (let a = 0; a < l; a++) s += q[r * l + a] * vectors[a * l + e];
      u[r * order.length + j] = s;
    });
  return { singular: order.map((e) => Math.sqrt(Math.max(0, values[e]))), u, k: order.length };
}

/** Unit-length word vectors U·√Σ (m × dims, Float32) of the PPMI rows. */
export function svdVectors(rows: SparseRow[], columns: number, dims: number): Float32Array {
  const { singular, u, k } = truncatedSvd(rows, columns, dims);
  const out = new Float32Array(rows.length * k);
  for (let r = 0; r < rows.length; r++) {
    let norm = 0;
    for (let j = 0; j < k; j++) norm += (u[r * k + j] * Math.sqrt(singular[j])) ** 2;
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < k; j++) out[r * k + j] = u[r * k + j] * Math.sqrt(singular[j]) * s;
  }
  return out;
}
