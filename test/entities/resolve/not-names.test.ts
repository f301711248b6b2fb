import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

describe('judge-not-names: forms that name no story entity', () => {
  it('drops God standing alone', () => {
    expect(resolveEntities([docOf('a', [['الله', 'MISC']])])).toEqual([]);
  });

  it('drops a currency noun', () => {
    expect(resolveEntities([docOf('a', [['دولار', 'MISC']])])).toEqual([]);
  });

  it('keeps a name that contains God as a compound (عبد الله)', () => {
    expect(resolveEntities([docOf('a', [['عبد الله', 'PER']])]).map((e) => e.name)).toEqual(['عبد الله']);
  });
});
