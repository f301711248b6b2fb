import { describe, expect, it } from 'vitest';
import { latinNameType } from '../../../src/entities/resolve/type-latin-names.js';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

describe('type-latin-names', () => {
  it('types a Latin name the lexicons know by the lexicon (CNN is an organization)', () => {
    expect(latinNameType('CNN')).toBe('ORG');
  });

  it('types an unknown all-capital acronym as an organization', () => {
    expect(latinNameType('QXZ')).toBe('ORG');
  });

  it('says nothing of a Roman numeral', () => {
    expect(latinNameType('II')).toBeNull();
  });

  it('says nothing of an Arabic-script name', () => {
    expect(latinNameType('دبي')).toBeNull();
  });

  it('retypes a Latin acronym the tagger read as a place', () => {
    expect(resolveEntities([docOf('a', [['QXZ', 'LOC']])]).map((e) => e.type)).toEqual(['ORG']);
  });
});
