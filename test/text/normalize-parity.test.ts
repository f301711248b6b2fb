import { describe, expect, it } from 'vitest';
import { mapDigits, normalizeForMatch } from '../../src/text/normalize.js';
import { NORM_RULES } from '../../src/text/normalize-rules.js';

describe('normalization parity: every rule has a fixture that holds', () => {
  for (const rule of NORM_RULES) {
    it(`${rule.id}: ${rule.example.input} → ${rule.example.output}`, () => {
      expect(normalizeForMatch(rule.example.input)).toBe(rule.example.output);
    });
  }
});

describe('normalization parity: every character a rule names is mapped as the rule says', () => {
  for (const rule of NORM_RULES) {
    it(rule.id, () => {
      const expected = rule.from.map((_, i) => (Array.isArray(rule.to) ? rule.to[i] : rule.to));
      expect(rule.from.map((ch) => normalizeForMatch(ch))).toEqual(expected);
    });
  }
});

describe('normalization: derived rules and invariants', () => {
  it('maps Arabic presentation forms to the normalized letters', () => {
    expect(normalizeForMatch('\uFEFB \uFE8D\uFEDF\uFEB4\uFEFC\uFEE1')).toBe('لا السلام');
  });

  it('lower-cases Latin capitals beyond ASCII', () => {
    expect(normalizeForMatch('ÉCOLE')).toBe('école');
  });

  it('gives the same key to a composed and a decomposed Latin accent', () => {
    expect(normalizeForMatch('e\u0301')).toBe(normalizeForMatch('\u00E9'));
  });

  it('gives the same key to a hamza seat written as a combining mark', () => {
    expect(normalizeForMatch('\u0627\u0654\u0645\u0631')).toBe(normalizeForMatch('أمر'));
  });

  it('is idempotent on a mixed sentence', () => {
    const once = normalizeForMatch('قالَ «المُتحدِّث» إنّ ٣٫٥ مليون… — لاجئٌ');
    expect(normalizeForMatch(once)).toBe(once);
  });

  it('mapDigits keeps the length and maps both digit sets', () => {
    expect(mapDigits('في ٢١ و۲۲ كانون')).toBe('في 21 و22 كانون');
  });
});
