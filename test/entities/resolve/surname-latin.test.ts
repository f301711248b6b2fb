import { describe, expect, it } from 'vitest';
import { surnameLatin } from '../../../src/entities/resolve/surname-latin.js';
import { latinName } from '../../../src/entities/romanize.js';

// Each English family name checked by hand against the person's English Wikipedia title in data/names/latin.json.
describe('surnameLatin', () => {
  it('gives the family name of a lexicon person said alone', () => {
    expect(surnameLatin(['ترامب'])).toBe('Trump');
  });

  it('maps the last word of a three-word name word for word', () => {
    expect(surnameLatin(['أردوغان'])).toBe('Erdoğan');
  });

  it('maps a two-word Arabic family name to a one-word English one', () => {
    expect(surnameLatin(['جاويش أوغلو'])).toBe('Çavuşoğlu');
  });

  it('reads no family name after «بن» (a father’s name)', () => {
    expect(surnameLatin(['بن عبد العزيز'])).toBeNull();
  });

  it('gives no English article to an Arabic name without one', () => {
    expect(surnameLatin(['بغدادي'])).toBeNull();
  });

  it('gives nothing for a given name alone', () => {
    expect(surnameLatin(['سلمان'])).toBeNull();
  });
});

describe('latinName of a person with a known family name', () => {
  it('spells the given name by rule and the family name as the lexicon has it', () => {
    expect(latinName('PER', 'جيم ماتيس', ['جيم ماتيس'])).toBe('Jim Mattis');
  });
});
