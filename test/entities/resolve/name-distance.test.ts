import { describe, expect, it } from 'vitest';
import { nameDistance, sameName } from '../../../src/entities/resolve/name-distance.js';
import { nameKey } from '../../../src/entities/resolve/name-key.js';

const folded = (s: string) => nameKey(s).plain.join(' ');
const same = (a: string, b: string, type: 'PER' | 'LOC' = 'PER') =>
  sameName(folded(a), folded(b), nameKey(a).skeleton, type);

describe('nameDistance', () => {
  it('costs a quarter for a long vowel added', () => {
    expect(nameDistance(folded('لافرنتييف'), folded('لافرينتييف'))).toBe(0.25);
  });

  it('costs a half for one long vowel in place of another', () => {
    expect(nameDistance(folded('ستيفان'), folded('ستافان'))).toBe(0.5);
  });

  it('costs a quarter for final ة against final ا', () => {
    expect(nameDistance(folded('أستانة'), folded('أستانا'))).toBe(0.25);
  });

  it('costs one for a different consonant', () => {
    expect(nameDistance('بشار', 'بكار')).toBe(1);
  });
});

describe('sameName', () => {
  it('accepts the three spellings of one envoy', () => {
    expect(same('ستيفان دي ميستورا', 'ستافان دي مستورا')).toBe(true);
    expect(same('ستيفان دي ميستورا', 'ستافان دي ميستورا')).toBe(true);
  });

  it('accepts a place spelled with ة or ا', () => {
    expect(same('أستانة', 'استانا', 'LOC')).toBe(true);
  });

  it('refuses two short names that differ by more than one soft change', () => {
    expect(same('مصر', 'مسار', 'LOC')).toBe(false);
  });
});
