import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownLatin } from '../../../src/entities/romanize.js';

describe('CLDR territory names (data/places/territories.json)', () => {
  it('gives Mexico for المكسيك, which world-countries spells «المسكيك»', () => {
    expect(knownLatin('LOC', ['المكسيك'])).toBe('Mexico');
  });

  it('gives continents and regions their English names (آسيا → Asia)', () => {
    expect(knownLatin('LOC', ['آسيا'])).toBe('Asia');
  });

  it('matches a region as news spell it (أميركا اللاتينية for CLDR «أمريكا اللاتينية»)', () => {
    expect(knownLatin('LOC', ['أميركا اللاتينية'])).toBe('Latin America');
  });

  it('leaves out the world (العالم is a common noun), the United Nations and the European Union', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../../data/places/territories.json', import.meta.url), 'utf8'),
    );
    const arabic = (file.entries as { ar: string[] }[]).flatMap((e) => e.ar);
    expect(['العالم', 'الأمم المتحدة', 'الاتحاد الأوروبي'].filter((a) => arabic.includes(a))).toEqual([]);
  });
});

describe('seas, regions and US states of the curated lexicon (latin.json)', () => {
  it('gives a sea its English name, whichever Arabic form («البحر الأبيض المتوسط», «البحر المتوسط»)', () => {
    expect([knownLatin('LOC', ['البحر الأبيض المتوسط']), knownLatin('LOC', ['البحر المتوسط'])]).toEqual([
      'Mediterranean Sea',
      'Mediterranean Sea',
    ]);
  });

  it('matches Alaska only as spelled (أسكي is not Alaska)', () => {
    expect([knownLatin('LOC', ['ألاسكا']), knownLatin('LOC', ['أسكي'])]).toEqual(['Alaska', null]);
  });
});
