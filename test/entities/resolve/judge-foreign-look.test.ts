import { describe, expect, it } from 'vitest';
import { looksForeign } from '../../../src/entities/resolve/judge-foreign-look.js';

describe('looksForeign: a long vowel written in nearly every syllable', () => {
  it.each(['فلورانس', 'سيدريك', 'ليتون', 'رولان', 'وودوارد', 'كريستيان', 'نويرت'])('%s looks foreign', (w) =>
    expect(looksForeign(w)).toBe(true),
  );

  it.each([
    ['منصور', 'two consonants open it (no foreign onset)'],
    ['قرقاش', 'an Arabic letter (ق)'],
    ['توفيق', 'an Arabic letter (ق)'],
    ['شكري', 'a nisba ending'],
    ['عيساوي', 'a nisba ending'],
    ['الجباري', 'the article'],
    ['درويش', 'د + ر is no foreign onset'],
    ['ديب', 'one vowel letter'],
  ])('%s does not (%s)', (w) => expect(looksForeign(w)).toBe(false));
});
