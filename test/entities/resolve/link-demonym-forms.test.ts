import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import type { StoryEntity } from '../../../src/story/schema.js';
import { docOf } from './make-docs.js';

const groups = (entities: StoryEntity[]) => entities.map((e) => [...e.variants].sort());

describe('link-demonym-forms: a name with a trailing country adjective and the bare name', () => {
  it('joins a place with its country adjective to the bare place, named by the bare form', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['كفرسوسة السورية', 'LOC'],
        ['كفرسوسة', 'LOC'],
      ]),
    ]);
    expect(entities.map((e) => e.name)).toEqual(['كفرسوسة']);
  });

  it('joins a place across reports when one group has the bare name', () => {
    const entities = resolveEntities([
      docOf('a', [['كفرسوسة السورية', 'LOC']]),
      docOf('b', [['كفرسوسة', 'LOC']]),
    ]);
    expect(entities).toHaveLength(1);
  });

  it('joins an organization of two words or more in the same report, and keeps the bare name canonical', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['حزب العمال الكردستاني', 'ORG'],
        ['حزب العمال الكردستاني التركي', 'ORG'],
        ['حزب العمال الكردستاني', 'ORG'],
      ]),
    ]).filter((e) => e.type === 'ORG');
    expect(entities.map((e) => e.name)).toEqual(['حزب العمال الكردستاني']);
  });

  it('does not join an organization to a bare name of another report', () => {
    const entities = resolveEntities([
      docOf('a', [['حزب العمال الكردستاني التركي', 'ORG']]),
      docOf('b', [['حزب العمال الكردستاني', 'ORG']]),
    ]).filter((e) => e.type === 'ORG');
    expect(entities).toHaveLength(2);
  });

  it('keeps apart what the story writes with two countries’ adjectives (the adjective tells which)', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['وكالة الأنباء الرسمية', 'ORG'],
        ['وكالة الأنباء الرسمية السورية', 'ORG'],
        ['وكالة الأنباء الرسمية التركية', 'ORG'],
      ]),
    ]).filter((e) => e.type === 'ORG');
    expect(groups(entities).sort()).toEqual([
      ['وكالة الأنباء الرسمية'],
      ['وكالة الأنباء الرسمية التركية'],
      ['وكالة الأنباء الرسمية السورية'],
    ]);
  });

  it('keeps a ministry with its country apart from the bare ministry (a head with one complement)', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['وزارة الدفاع الأمريكية', 'ORG'],
        ['وزارة الدفاع', 'ORG'],
      ]),
    ]).filter((e) => e.type === 'ORG');
    expect(entities).toHaveLength(2);
  });

  it('keeps a name whose rest is no form of the story (الجمهورية العربية السورية)', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['الصحراء الليبية', 'LOC'],
        ['الكفرة', 'LOC'],
      ]),
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual(['الصحراء الليبية', 'الكفرة']);
  });
});
