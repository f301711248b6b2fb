/**
 * Feature id (32-bit hash) → weight row, as an open-addressing table over typed arrays (linear probing,
 * load factor ≤ 1/2): the tagger's hot lookup, with no Map and no allocation per query.
 */
export class FeatureTable {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(ids: ArrayLike<number>) {
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.size = ids.length;
    for (let row = 0; row < ids.length; row++) {
      let slot = ids[row] & this.mask;
      while (this.rows[slot] !== -1 && this.keys[slot] !== ids[row] >>> 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = ids[row];
      this.rows[slot] = row;
    }
  }

  /** The row of feature `id`, or -1. */
  get(id: number): number {
    let slot = id & this.mask;
    while (this.rows[slot] !== -1) {
      if (this.keys[slot] === id) return this.rows[slot];
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}
