/**
 * Builds data/ner/currencies.txt: Arabic currency nouns, one per line, normalized for matching
 * (src/text/normalize.ts) — the first word of every Arabic display name of a currency in CLDR (npm
 * package `cldr-numbers-full`, `main/ar/currencies.json`, Unicode licence v3; a devDependency), in all its
 * count forms (دينار، ديناران، دينارات…). Left out: nouns under four letters, the `X…` codes (metals, funds, test codes), words on the
 * given-name list, words the gazetteers know, and AMBIGUOUS, heads that are mostly other words in
 * news. The tagger reads membership of a word (or of its clitic-free form) as the label `CURRENCY`.
 * Run: npx tsx scripts/train-ner-currencies.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CURRENCIES_PATH } from '../src/entities/ner/currencies.js';
import { loadGazetteers } from '../src/entities/ner/gazetteers.js';
import { loadGivenNames } from '../src/entities/ner/given-names.js';
import { normalizeForMatch } from '../src/text/normalize.js';

const require = createRequire(import.meta.url);
type Names = Record<string, Record<string, string>>;
const cldr = require('cldr-numbers-full/main/ar/currencies.json') as {
  main: { ar: { numbers: { currencies: Names } } };
};
/**
 * Heads that are mostly other words: a nisba adjective (أفغاني), gold (ذهب, also "went"), سيدي ("my lord"),
 * بير ("well"), cities (قرطبة Córdoba, ليون Lyon, كولون Cologne), a foreign given name (لاري Larry).
 */
const AMBIGUOUS = new Set(
  ['أفغاني', 'ذهب', 'سيدي', 'بير', 'قرطبة', 'ليون', 'كولون', 'لاري'].map(normalizeForMatch),
);
/**
 * Shorter nouns (ين، ليك، وون) are left out: with a proclitic peeled they match common words (بين
 * "between" is ب + ين, كليك is ك + ليك).
 */
const MIN_LENGTH = 4;

const given = loadGivenNames();
const gaz = loadGazetteers();
const words = new Set<string>();
for (const [code, names] of Object.entries(cldr.main.ar.numbers.currencies)) {
  if (code.startsWith('X')) continue;
  for (const [key, name] of Object.entries(names)) {
    if (!key.startsWith('displayName')) continue;
    const head = normalizeForMatch(name.trim().split(/\s+/u)[0]);
    if (head.length < MIN_LENGTH || !/^\p{Script=Arabic}+$/u.test(head)) continue;
    if (AMBIGUOUS.has(head) || given.has(head)) continue;
    if (gaz.words.has(head)) continue;
    words.add(head);
  }
}
const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(CURRENCIES_PATH, `${sorted.join('\n')}\n`);
console.log(`wrote ${CURRENCIES_PATH}: ${sorted.length} currency nouns`);
