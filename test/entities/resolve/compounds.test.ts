import { describe, expect, it } from 'vitest';
import { joinCompounds, nameKey } from '../../../src/entities/resolve/name-key.js';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

/** Compound names written with or without the space after عبد / أبو / أبي / بن / ابن / آل. */
const PAIRS: [string, string][] = [
  ['محمد عبد السلام', 'محمد عبدالسلام'],
  ['عبد الله', 'عبدالله'],
  ['أبو بكر', 'أبوبكر'],
  ['أبي الفضل', 'أبيالفضل'],
  ['جمال بن عمر', 'جمال بنعمر'],
  ['ابن خلدون', 'ابنخلدون'],
  ['آل ثاني', 'آلثاني'],
];

describe('nameKey: compound spacing', () => {
  for (const [spaced, fused] of PAIRS) {
    it(`${spaced} and ${fused} share a skeleton`, () =>
      expect(nameKey(spaced).skeleton).toBe(nameKey(fused).skeleton));
  }

  it('joins a particle to the next word without its article', () => {
    expect(joinCompounds(['محمد', 'عبد', 'السلام'])).toEqual(['محمد', 'عبدسلام']);
  });

  it('drops the inner article of a fused compound', () => {
    expect(joinCompounds(['عبدالسلام'])).toEqual(['عبدسلام']);
  });

  it('leaves a particle that ends the name alone', () => {
    expect(joinCompounds(['خالد', 'ابو'])).toEqual(['خالد', 'ابو']);
  });

  it('does not join an ordinary word to the next', () => {
    expect(joinCompounds(['بشار', 'الاسد'])).toEqual(['بشار', 'الاسد']);
  });
});

describe('resolveEntities: compound spacing', () => {
  it('makes one person of محمد عبد السلام and محمد عبدالسلام', () => {
    const entities = resolveEntities([
      docOf('a', [['محمد عبد السلام', 'PER']]),
      docOf('b', [['محمد عبدالسلام', 'PER']]),
    ]);
    expect(entities.map((e) => e.variants.length)).toEqual([2]);
  });

  it('links the fused surname alone to the spaced full name', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['محمد عبد السلام', 'PER'],
        ['عبدالسلام', 'PER'],
      ]),
    ]);
    expect(entities.map((e) => e.name)).toEqual(['محمد عبد السلام']);
  });

  it('keeps أبو بكر apart from بكر alone', () => {
    const entities = resolveEntities([docOf('a', [['أبو بكر', 'PER']]), docOf('b', [['بكر', 'PER']])]);
    expect(entities).toHaveLength(2);
  });
});
