/**
 * Builds the generated gazetteers in data/gazetteers from npm data packages (devDependencies):
 * - countries.json from `world-countries` (Arabic common and official names, English names, capitals, demonyms);
 * - cities.json from `cldr-dates-full` (CLDR time-zone exemplar cities: Arabic and English names), each exemplar
 *   that is neither a country's or territory's name or capital (`world-countries`) nor a city of 100,000
 *   inhabitants or more in the same region (`city-timezones`, 7,329 cities with a population figure) marked
 *   `minor: true` (small towns and stations CLDR names a zone after: Petersburg, Indiana; Nome; Casey Station).
 * Run: npm run build:gazetteers. The curated lexicons in the same folder are written by hand, not here.
 */

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../data/gazetteers/', import.meta.url));

interface Country {
  cca2: string;
  altSpellings?: string[];
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

/** The smallest population of a city the resolver may name by its CLDR exemplar spelling. */
const MIN_POPULATION = 100_000;

/** Lower case, accents dropped, «St.» as «saint»: the key that CLDR and city-timezones names are compared by. */
const placeKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/['’]/g, '')
    .trim();

/** Names and capitals of countries and territories (world-countries), as `placeKey`s. */
function countryNames(): Set<string> {
  const countries: Country[] = require('world-countries/countries.json');
  return new Set(
    countries
      .flatMap((c) => [c.name.common, c.name.official, ...(c.altSpellings ?? []), ...(c.capital ?? [])])
      .map(placeKey),
  );
}

/** Region of a zone id (America, Asia …) + city name, or the zone id + its city name, → the largest population city-timezones gives. */
function populations(): Map<string, number> {
  const cities: { city: string; city_ascii: string; pop: number; timezone: string | null }[] =
    require('city-timezones/data/cityMap.json');
  const out = new Map<string, number>();
  for (const c of cities) {
    if (!c.timezone) continue;
    const region = c.timezone.split('/')[0];
    for (const name of new Set([placeKey(c.city), placeKey(c.city_ascii)])) {
      for (const key of [`${region}|${name}`, `${c.timezone}|${name}`])
        out.set(key, Math.max(out.get(key) ?? 0, c.pop));
    }
  }
  return out;
}

/** Levenshtein distance of at most one (Samarkand / Samarqand, Aqtobe / Aktobe). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let [i, j, edits] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else {
      if (++edits > 1) return false;
      if (a.length > b.length) i++;
      else if (b.length > a.length) j++;
      else [i, j] = [i + 1, j + 1];
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The population of the city an exemplar names: by its CLDR English name or its zone id's, in the zone's region; in the zone itself also one letter off. */
function populationOf(zone: string, english: string, pops: Map<string, number>): number {
  const region = zone.split('/')[0];
  const names = [placeKey(english), placeKey(zone.split('/').at(-1)?.replace(/_/g, ' ') ?? '')];
  let best = Math.max(...names.map((n) => pops.get(`${region}|${n}`) ?? 0));
  for (const [key, pop] of pops) {
    const [where, name] = key.split('|');
    if (where === zone && name.length >= 5 && names.some((n) => oneEditApart(n, name)))
      best = Math.max(best, pop);
  }
  return best;
}

/**
 * Whether an exemplar city is too small or too remote for news to mean it by that spelling: not a country or
 * territory, not a capital, and no city of MIN_POPULATION has its name (a town named in a state's sub-zone,
 * «Petersburg, Indiana», is found under no such name).
 */
function isMinor(zone: string, english: string, countries: Set<string>, pops: Map<string, number>): boolean {
  if (countries.has(placeKey(english))) return false;
  return populationOf(zone, english, pops) < MIN_POPULATION;
}

function buildCities() {
  const ar = exemplarCities('ar');
  const en = exemplarCities('en');
  const [countries, pops] = [countryNames(), populations()];
  const entries = [...ar].map(([zone, name]) => {
    const english = en.get(zone) ?? zone.split('/').at(-1)?.replace(/_/g, ' ') ?? zone;
    const minor = isMinor(zone, english, countries, pops);
    return { ar: [name], en: english, type: 'LOC', kind: 'city', zone, ...(minor ? { minor } : {}) };
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
    'cldr-dates-full (Unicode CLDR time-zone exemplar cities, locales ar and en); `minor` from world-countries (names, capitals) and city-timezones (populations)',
    'Unicode License v3; world-countries ODbL-1.0; city-timezones MIT',
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
