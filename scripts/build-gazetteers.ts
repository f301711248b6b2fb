/**
 * Builds the generated gazetteers in data/gazetteers from npm data packages (devDependencies):
 * - countries.json from `world-countries` (Arabic common and official names, English names, capitals, demonyms);
 * - cities.json from `cldr-dates-full` (CLDR time-zone exemplar cities: Arabic and English names).
 * Run: npm run build:gazetteers. The curated lexicons in the same folder are written by hand, not here.
 */

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../data/gazetteers/', import.meta.url));

interface Country {
  cca2: string;
  name: { common: string; official: string };
  capital?: string[];
  demonyms?: { eng?: { m: string } };
  translations: Record<string, { common: string; official: string }>;
}
type ZoneTree = { [key: string]: ZoneTree | string };

function header(source: string, license: string) {
  return {
    generatedBy: 'npm run build:gazetteers (scripts/build-gazetteers.ts); do not edit by hand',
    source,
    license,
  };
}

/** CLDR zone id → exemplar city, for one locale; English falls back to the id (underscores as spaces). */
function exemplarCities(locale: string): Map<string, string> {
  const json = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
  const zones: ZoneTree = json.main[locale].dates.timeZoneNames.zone;
  const out = new Map<string, string>();
  const walk = (node: ZoneTree, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== 'object') continue;
      const city = value.exemplarCity;
      if (typeof city === 'string') out.set([...path, key].join('/'), city);
      else walk(value, [...path, key]);
    }
  };
  walk(zones, []);
  return out;
}

function buildCities() {
  const ar = exemplarCities('ar');
  const en = exemplarCities('en');
  const entries = [...ar].map(([zone, name]) => {
    const english = en.get(zone) ?? zone.split('/').at(-1)?.replace(/_/g, ' ') ?? zone;
    return { ar: [name], en: english, type: 'LOC', kind: 'city', zone };
  });
  return entries.sort((a, b) => a.zone.localeCompare(b.zone));
}

function buildCountries(cities: { ar: string[]; en: string }[]) {
  const countries: Country[] = require('world-countries/countries.json');
  const cityAr = new Map(cities.map((c) => [c.en, c.ar[0]]));
  return countries
    .filter((c) => c.translations.ara)
    .map((c) => {
      const { common, official } = c.translations.ara;
      const capital = c.capital?.[0];
      return {
        ar: [...new Set([common, official])],
        en: c.name.common,
        enOfficial: c.name.official,
        type: 'LOC',
        kind: 'country',
        code: c.cca2,
        capital: capital ? { en: capital, ar: cityAr.get(capital) ?? null } : null,
        demonymEn: c.demonyms?.eng?.m ?? null,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

function write(name: string, body: object) {
  writeFileSync(`${OUT}${name}`, `${JSON.stringify(body, null, 1)}\n`);
}

const cities = buildCities();
write('cities.json', {
  ...header(
    'cldr-dates-full (Unicode CLDR time-zone exemplar cities, locales ar and en)',
    'Unicode License v3',
  ),
  entries: cities,
});
write('countries.json', {
  ...header(
    'world-countries (mledoze/countries), Arabic translations; capitals matched to CLDR cities',
    'ODbL-1.0',
  ),
  entries: buildCountries(cities),
});
console.log(`wrote ${cities.length} cities and the countries to ${OUT}`);
