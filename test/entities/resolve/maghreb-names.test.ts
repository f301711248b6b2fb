import { describe, expect, it } from 'vitest';
import { knownLatin, latinName } from '../../../src/entities/romanize.js';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

const typeOf = (name: string, type: 'PER' | 'LOC') =>
  resolveEntities([docOf('a', [[name, type]])]).find((e) => e.variants.includes(name))?.type;

describe('Latin forms of Maghrebi places and office-holders', () => {
  it('spells a Tunisian governorate as English does (Sousse, not Susa)', () => {
    expect(latinName('LOC', 'سوسة', ['سوسة'])).toBe('Sousse');
  });

  it('gives a province of data/places/provinces.json its English name', () => {
    expect(knownLatin('LOC', ['تعز'])).toBe("Ta'izz");
  });

  it('matches a short local place only as spelled (نبل in Syria is not Nabeul)', () => {
    expect(knownLatin('LOC', ['نبل'])).toBeNull();
  });

  it('keeps the English of a place part before a province name (ريف دمشق)', () => {
    expect(latinName('LOC', 'ريف دمشق', ['ريف دمشق'])).toBe('Damascus countryside');
  });

  it('spells a Maghrebi office-holder the French-based way', () => {
    expect(latinName('PER', 'يوسف الشاهد', ['يوسف الشاهد'])).toBe('Youssef Chahed');
  });

  it('gives that spelling to the family name said alone', () => {
    expect(latinName('PER', 'الجهيناوي', ['الجهيناوي'])).toBe('Jhinaoui');
  });

  it('gives it to no family name that is a given name (عبد السلام of Rafik Abdessalem)', () => {
    expect(latinName('PER', 'عبد السلام', ['عبد السلام'])).toBe('Abdul Salam');
  });

  it('lends it to no one else of the family name', () => {
    expect(latinName('PER', 'سامي الشاهد', ['سامي الشاهد'])).not.toContain('Chahed');
  });
});

describe('a person form spelled as a known place', () => {
  it('is a place (بن عروس tagged PER)', () => {
    expect(typeOf('بن عروس', 'PER')).toBe('LOC');
  });

  it('stays a person when it ends in a nisba (الأحمدي, also a Kuwaiti governorate)', () => {
    expect(typeOf('الأحمدي', 'PER')).toBe('PER');
  });
});
