import { describe, expect, it } from 'vitest';
import { placeEnglish } from '../../../src/entities/resolve/place-english.js';

// English forms checked by hand against news usage (Reuters and AP write "Aleppo countryside", "northern Syria").
describe('placeEnglish', () => {
  it('puts a known place before "countryside"', () => {
    expect(placeEnglish('ريف حلب')).toBe('Aleppo countryside');
  });

  it('puts a compass part before a known place', () => {
    expect(placeEnglish('شمال سوريا')).toBe('northern Syria');
  });

  it('reads a part of two words', () => {
    expect(placeEnglish('شمال شرق سوريا')).toBe('northeastern Syria');
  });

  it('puts a closing compass adjective first', () => {
    expect(placeEnglish('ريف إدلب الجنوبي')).toBe('southern Idlib countryside');
  });

  it('puts a known place before "city" and "province" (مدينة حلب, محافظة إدلب)', () => {
    expect([placeEnglish('مدينة حلب'), placeEnglish('محافظة إدلب')]).toEqual([
      'Aleppo city',
      'Idlib province',
    ]);
  });

  it('gives null when the place after the part is unknown', () => {
    expect(placeEnglish('ريف القريشية')).toBeNull();
  });

  it('gives null for a known place alone', () => {
    expect(placeEnglish('حلب')).toBeNull();
  });
});
