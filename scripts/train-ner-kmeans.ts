/**
 * Numeric helpers of the cluster builder (train-ner-clusters.ts): a seeded random projection of sparse rows
 * to unit-length dense points, and spherical k-means (cosine) with seeded k-means++ initialisation.
 */

export interface SparseRow {
  ids: number[];
  values: number[];
}

/** mulberry32: a small deterministic generator in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows (columns < `columns`) projected to `dims` Gaussian-like random directions, unit length. */
export function projectRows(rows: SparseRow[], columns: number, dims: number): Float32Array {
  const random = seededRandom(7);
  const basis = Float32Array.from({ length: columns * dims }, () => random() + random() + random() - 1.5);
  const points = new Float32Array(rows.length * dims);
  rows.forEach(({ ids, values }, r) => {
    const at = r * dims;
    for (let k = 0; k < ids.length; k++) {
      const base = ids[k] * dims;
      for (let d = 0; d < dims; d++) points[at + d] += values[k] * basis[base + d];
    }
    normalize(points, at, dims);
  });
  return points;
}

function normalize(v: Float32Array, at: number, dims: number): void {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[at + d] * v[at + d];
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let d = 0; d < dims; d++) v[at + d] *= scale;
}

function dot(a: Float32Array, ai: number, b: Float32Array, bi: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[ai + d] * b[bi + d];
  return s;
}

function initCentres(points: Float32Array, dims: number, members: number[], k: number, seed: number) {
  const random = seededRandom(seed * 7919 + members.length);
  const centres = new Float32Array(k * dims);
  const far = new Float64Array(members.length).fill(Infinity);
  let pick = Math.floor(random() * members.length);
  for (let c = 0; c < k; c++) {
    centres.set(points.subarray(members[pick] * dims, (members[pick] + 1) * dims), c * dims);
    let total = 0;
    members.forEach((m, j) => {
      far[j] = Math.min(far[j], Math.max(0, 1 - dot(points, m * dims, centres, c * dims, dims)));
      total += far[j];
    });
    let target = random() * total - far[0];
    pick = 0;
    while (pick < members.length - 1 && target > 0) target -= far[++pick];
  }
  return centres;
}

/** Cluster index (0..k-1) of each member (row ids into `points`); deterministic for a given seed. */
export function kmeans(
  points: Float32Array,
  dims: number,
  members: number[],
  k: number,
  seed: number,
  iterations = 10,
): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) return assign.map((_, j) => j);
  const centres = initCentres(points, dims, members, k, seed);
  for (let it = 0; it < iterations; it++) {
    members.forEach((m, j) => {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(points, m * dims, centres, c * dims, dims);
        if (s > best) [best, assign[j]] = [s, c];
      }
    });
    centres.fill(0);
    members.forEach((m, j) => {
      for (let d = 0; d < dims; d++) centres[assign[j] * dims + d] += points[m * dims + d];
    });
    for (let c = 0; c < k; c++) normalize(centres, c * dims, dims);
  }
  return assign;
}
