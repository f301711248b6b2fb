import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

describe('judge-not-names: forms that name no story entity', () => {
  it('drops God standing alone', () => {
    expect(resolveEntities([docOf('a', [['الله', 'MISC']])])).toEqual([]);
  });

  it('drops an organization head noun alone', () => {
    expect(resolveEntities([docOf('a', [['منظمة', 'ORG']])])).toEqual([]);
  });

  it('drops a demonym in the dual, not a mention of its country', () => {
    expect(resolveEntities([docOf('a', [['إسرائيليان', 'LOC']])])).toEqual([]);
  });

  it('drops a currency noun', () => {
    expect(resolveEntities([docOf('a', [['دولار', 'MISC']])])).toEqual([]);
  });

  it('drops a word that only begins a place name, alone as a place (بريف of «بريف دمشق»)', () => {
    expect(resolveEntities([docOf('a', [['بريف', 'LOC']])])).toEqual([]);
  });

  it('keeps such a word as a person (خان, a family name)', () => {
    expect(resolveEntities([docOf('a', [['خان', 'PER']])]).map((e) => e.name)).toEqual(['خان']);
  });

  it('keeps the place name that such a word begins (خان شيخون)', () => {
    expect(resolveEntities([docOf('a', [['خان شيخون', 'LOC']])]).map((e) => e.name)).toEqual(['خان شيخون']);
  });

  it('drops a future verb with a dual or plural ending (ستلتزمان, they two will abide)', () => {
    expect(resolveEntities([docOf('a', [['ستلتزمان', 'LOC']])])).toEqual([]);
  });

  it('keeps a name of the same letters’ shape (سيستان, ستالين, سيباستيان)', () => {
    const names = resolveEntities([
      docOf('a', [
        ['سيستان', 'LOC'],
        ['ستالين', 'PER'],
        ['سيباستيان', 'PER'],
      ]),
    ]).map((e) => e.name);
    expect(names.sort()).toEqual(['ستالين', 'سيباستيان', 'سيستان']);
  });

  it('drops an indefinite organization head with a nisba adjective (منظمة إرهابية: a description)', () => {
    expect(resolveEntities([docOf('a', [['منظمة إرهابية', 'ORG']])])).toEqual([]);
  });

  it('keeps a name after a feminine head that is no feminine nisba (شركة سوخوي)', () => {
    expect(resolveEntities([docOf('a', [['شركة سوخوي', 'ORG']])]).map((e) => e.name)).toEqual(['شركة سوخوي']);
  });

  it('keeps a name whose head has the article (الدولة الإسلامية)', () => {
    const names = resolveEntities([docOf('a', [['الدولة الإسلامية', 'ORG']])]).map((e) => e.name);
    expect(names).toEqual(['الدولة الإسلامية']);
  });

  it('keeps a name that contains God as a compound (عبد الله)', () => {
    expect(resolveEntities([docOf('a', [['عبد الله', 'PER']])]).map((e) => e.name)).toEqual(['عبد الله']);
  });
});
