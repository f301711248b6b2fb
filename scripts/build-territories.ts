/**
 * Builds data/places/territories.json: the Arabic and English names CLDR gives every country, territory,
 * continent and world region (`cldr-localenames-full`, locales ar and en, `territories.json`; Unicode
 * License v3; devDependency used only here), paired by their code: المكسيك → Mexico, آسيا → Asia, أمريكا
 * اللاتينية → Latin America. world-countries (data/gazetteers/countries.json) misspells or lacks some of these
 * (its Mexico is «المسكيك»), and it has no continents or regions. Read by the resolver's Latin forms
 * (src/entities/resolve/load-names.ts), never by the tagger, whose gazetteer features are frozen with its model.
 * Run: npm run build:territories.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../data/places/territories.json', import.meta.url));

/**
 * Codes that name no place to tag: the unknown region, the world (العالم is a common noun), organizations
 * and monetary unions (named elsewhere as ORG).
 */
const NOT_PLACES = new Set(['ZZ', '001', 'UN', 'EU', 'EZ']);

function territories(locale: string): Record<string, string> {
  const json = require(`cldr-localenames-full/main/${locale}/territories.json`);
  return json.main[locale].localeDisplayNames.territories;
}

/** «الكونغو - كينشاسا», "Congo - Kinshasa": CLDR's disambiguated display forms, which no news text writes. */
const isDisplayForm = (name: string) => name.includes(' - ') || name.includes('(');

function buildEntries() {
  const [ar, en] = [territories('ar'), territories('en')];
  const byEnglish = new Map<string, { codes: string[]; ar: Set<string> }>();
  for (const [code, arabic] of Object.entries(ar)) {
    const english = en[code];
    const base = code.split('-alt-')[0];
    if (!english || NOT_PLACES.has(base) || isDisplayForm(arabic) || isDisplayForm(english)) continue;
    // an alternative form pairs with its own English (فلسطين → Palestine), but an abbreviation (US, UK) is
    // no name to print: then the main one
    const main = /^[A-Z]{2,3}$/u.test(english) && en[base] ? en[base] : english;
    const entry = byEnglish.get(main) ?? { codes: [], ar: new Set<string>() };
    entry.codes.push(code);
    entry.ar.add(arabic);
    byEnglish.set(main, entry);
  }
  return [...byEnglish]
    .map(([english, e]) => ({ ar: [...e.ar], en: english, type: 'LOC', code: e.codes[0] }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

const version = require('cldr-localenames-full/package.json').version as string;
const entries = buildEntries();
const file = {
  generatedBy: 'npm run build:territories (scripts/build-territories.ts); do not edit by hand',
  source: `cldr-localenames-full ${version} (Unicode CLDR territory display names, locales ar and en)`,
  license: 'Unicode License v3',
  entries,
};
writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${entries.length} territories to ${OUT}`);
