import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import type { StoryEntity } from '../../../src/story/schema.js';
import { docOf, makeDoc } from './make-docs.js';

const find = (entities: StoryEntity[], variant: string) =>
  entities.filter((e) => e.variants.includes(variant));

describe('resolveEntities: variants of one name', () => {
  const entities = resolveEntities([
    docOf('a', [
      ['ستيفان دي ميستورا', 'PER'],
      ['أستانة', 'LOC'],
      ['الأستانة', 'LOC'],
    ]),
    docOf('b', [
      ['ستافان دي ميستورا', 'PER'],
      ['ستافان دي مستورا', 'PER'],
      ['أستانا', 'LOC'],
      ['استانا', 'LOC'],
      ['آستانة', 'LOC'],
    ]),
    docOf('c', [
      ['ألكسندر لافرينتييف', 'PER'],
      ['نور سلطان', 'LOC'],
    ]),
    docOf('d', [
      ['ألكسندر لافرنتييف', 'PER'],
      ['أستانة', 'LOC'],
    ]),
  ]);

  it('unifies three spellings of one person across documents', () => {
    const [envoy] = find(entities, 'ستيفان دي ميستورا');
    expect(envoy.variants.sort()).toEqual(
      ['ستافان دي مستورا', 'ستافان دي ميستورا', 'ستيفان دي ميستورا'].sort(),
    );
  });

  it('unifies a long vowel added or dropped', () => {
    const [envoy] = find(entities, 'ألكسندر لافرنتييف');
    expect(envoy.variants).toContain('ألكسندر لافرينتييف');
  });

  it('unifies five spellings of a place and its later name from data/names/renamed-places.json', () => {
    const [place] = find(entities, 'نور سلطان');
    expect(place.variants.sort()).toEqual(
      ['آستانة', 'أستانا', 'أستانة', 'استانا', 'الأستانة', 'نور سلطان'].sort(),
    );
    expect(place.latin).toBe('Astana');
  });

  it('names an entity by its most frequent form', () => {
    expect(find(entities, 'نور سلطان')[0].name).toBe('أستانة');
  });
});

describe('resolveEntities: people who share a name part', () => {
  it('keeps two people with one first name apart', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['بشار الأسد', 'PER'],
        ['بشار الجعفري', 'PER'],
      ]),
    ]);
    expect(entities.filter((e) => e.type === 'PER')).toHaveLength(2);
  });

  it('leaves a bare first name alone when two full names in its document start with it', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['ستيفان دي ميستورا', 'PER'],
        ['ستيفان دوجاريك', 'PER'],
        ['ستيفان', 'PER'],
      ]),
    ]);
    expect(entities.find((e) => e.name === 'ستيفان')?.mentions).toHaveLength(1);
  });

  it('links a bare first name to the one full name in its document that starts with it', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['بشار الأسد', 'PER'],
        ['بشار', 'PER'],
      ]),
      docOf('b', [['بشار الجعفري', 'PER']]),
    ]);
    expect(find(entities, 'بشار')[0].name).toBe('بشار الأسد');
  });

  it('does not link a bare first name to a full name of another document', () => {
    const entities = resolveEntities([docOf('a', [['بشار', 'PER']]), docOf('b', [['بشار الجعفري', 'PER']])]);
    expect(find(entities, 'بشار')[0].variants).toEqual(['بشار']);
  });

  it('links a surname alone to the one full name that ends with it', () => {
    const entities = resolveEntities([
      docOf('a', [['ستيفان دي ميستورا', 'PER']]),
      docOf('b', [['دي ميستورا', 'PER']]),
    ]);
    expect(find(entities, 'دي ميستورا')[0].name).toBe('ستيفان دي ميستورا');
  });

  it('prefers the full name of the same document for a shared surname', () => {
    const entities = resolveEntities([
      docOf('a', [['حافظ الأسد', 'PER']]),
      docOf('b', [
        ['بشار الأسد', 'PER'],
        ['الأسد', 'PER'],
      ]),
    ]);
    expect(find(entities, 'الأسد')[0].name).toBe('بشار الأسد');
  });

  it('leaves a shared surname alone when no document decides', () => {
    const entities = resolveEntities([
      docOf('a', [['حافظ الأسد', 'PER']]),
      docOf('b', [['بشار الأسد', 'PER']]),
      docOf('c', [['الأسد', 'PER']]),
    ]);
    expect(find(entities, 'الأسد')[0].variants).toEqual(['الأسد']);
  });
});

describe('resolveEntities: mentions', () => {
  it('drops a title-only reference', () => {
    expect(resolveEntities([docOf('a', [['المبعوث الأممي', 'PER']])])).toEqual([]);
  });

  it('cuts a title from a person name and keeps offsets into the text', () => {
    const doc = makeDoc('a', 'قال الرئيس الروسي فلاديمير بوتين', [['الرئيس الروسي فلاديمير بوتين', 'PER']]);
    const [putin] = resolveEntities([doc]);
    expect(putin.mentions[0]).toEqual({ doc: 'a', start: 18, end: 32, text: 'فلاديمير بوتين' });
  });

  it('cuts the head noun of the body a person speaks for (المرصد رامي عبد الرحمن)', () => {
    const [person] = resolveEntities([docOf('a', [['المرصد رامي عبد الرحمن', 'PER']])]);
    expect(person.name).toBe('رامي عبد الرحمن');
  });

  it('cuts a profession or rank written before a person name (الشاعر, الكولونيل)', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['الشاعر كريم سلامة', 'PER'],
        ['الكولونيل روب مانينغ', 'PER'],
      ]),
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual(['روب مانينغ', 'كريم سلامة']);
  });

  it('cuts a preposition attached before the article', () => {
    const [place] = resolveEntities([docOf('a', [['بالأستانة', 'LOC']])]);
    expect(place.variants).toEqual(['الأستانة']);
  });

  it('cuts a single attached letter when the rest is the more frequent name', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['أستانة', 'LOC'],
        ['أستانة', 'LOC'],
        ['بأستانة', 'LOC'],
      ]),
    ]);
    expect(entities).toHaveLength(1);
  });

  it('links a nisba adjective to its country', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['روسيا', 'LOC'],
        ['الروسية', 'LOC'],
      ]),
    ]);
    expect(entities.map((e) => e.variants.sort())).toEqual([['الروسية', 'روسيا'].sort()]);
  });

  it('names a country met only as an adjective by the country', () => {
    const [russia] = resolveEntities([docOf('a', [['الروسية', 'LOC']])]);
    expect([russia.name, russia.latin]).toEqual(['روسيا', 'Russia']);
  });

  it('gives the same ids on a second run', () => {
    const docs = () => [
      docOf('a', [
        ['بشار الأسد', 'PER'],
        ['أستانة', 'LOC'],
      ]),
    ];
    expect(resolveEntities(docs()).map((e) => e.id)).toEqual(resolveEntities(docs()).map((e) => e.id));
  });

  it('gives different ids to different entities', () => {
    const ids = resolveEntities([
      docOf('a', [
        ['بشار الأسد', 'PER'],
        ['بشار الجعفري', 'PER'],
        ['الأسد', 'LOC'],
      ]),
    ]).map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
  });
});
