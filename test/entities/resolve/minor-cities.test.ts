import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNames } from '../../../src/entities/resolve/load-names.js';
import { knownLatin } from '../../../src/entities/romanize.js';

interface City {
  ar: string[];
  en: string;
  zone: string;
  minor?: boolean;
}
const CITIES: City[] = JSON.parse(
  readFileSync(new URL('../../../data/gazetteers/cities.json', import.meta.url), 'utf8'),
).entries;
const byZone = (zone: string) => CITIES.find((c) => c.zone === zone);

describe('minor CLDR exemplar cities (scripts/build-gazetteers.ts)', () => {
  it('marks a small town of a state sub-zone minor', () => {
    expect(byZone('America/Indiana/Petersburg')?.minor).toBe(true);
  });

  it('marks a research station minor', () => {
    expect(byZone('Antarctica/Davis')?.minor).toBe(true);
  });

  it('keeps a capital', () => {
    expect(byZone('Asia/Kabul')?.minor).toBeUndefined();
  });

  it('keeps a large city whose zone id spells it otherwise (Samarkand, city-timezones Samarqand)', () => {
    expect(byZone('Asia/Samarkand')?.minor).toBeUndefined();
  });
});

describe('the resolver without the minor cities', () => {
  it('reads none of them', () => {
    const read = new Set(loadNames().gazetteer.flatMap((e) => e.ar.map((ar) => `${ar}|${e.en}`)));
    const minor = CITIES.filter((c) => c.minor);
    expect(minor.length).toBeGreaterThan(0);
    expect(minor.filter((c) => read.has(`${c.ar[0]}|${c.en}`))).toEqual([]);
  });

  it('gives بيترسبرغ no lexicon Latin form (was Petersburg, Indiana)', () => {
    expect(knownLatin('LOC', ['بيترسبرغ'])).toBeNull();
  });

  it('still gives a kept city its English name', () => {
    expect(knownLatin('LOC', ['سمرقند'])).toBe('Samarkand');
  });
});
