import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import type { EntityType } from '../../../src/types.js';
import { docOf } from './make-docs.js';

const many = (name: string, type: EntityType, n: number): [string, EntityType][] =>
  Array.from({ length: n }, () => [name, type]);

const typesOf = (mentions: [string, EntityType][]) =>
  resolveEntities([docOf('a', mentions)]).map((e) => [e.type, e.mentions.length]);

describe('retype-forms: a person’s name tagged as a place', () => {
  it('makes one person of a name tagged PER three times as often as LOC', () => {
    expect(typesOf([...many('كوفيليس', 'PER', 9), ...many('كوفيليس', 'LOC', 3)])).toEqual([['PER', 12]]);
  });

  it('keeps the place when the person is not three times as frequent', () => {
    expect(typesOf([...many('كوفيليس', 'PER', 8), ...many('كوفيليس', 'LOC', 3)])).toEqual([
      ['PER', 8],
      ['LOC', 3],
    ]);
  });

  it('types a people named by a plural noun MISC, with its English name (الأكراد tagged ORG)', () => {
    const [kurds] = resolveEntities([docOf('a', [...many('الأكراد', 'ORG', 5), ['الأكراد', 'LOC']])]);
    expect([kurds.type, kurds.latin, kurds.mentions.length]).toEqual(['MISC', 'Kurds', 6]);
  });

  it('never turns a place into an organization (a country as a football team)', () => {
    expect(typesOf([...many('كولومبيا', 'ORG', 12), ...many('كولومبيا', 'LOC', 2)])).toEqual([
      ['ORG', 12],
      ['LOC', 2],
    ]);
  });
});
