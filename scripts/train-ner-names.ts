/**
 * Builds data/ner/given-names.txt: Arabic given names, one per line, normalized for matching
 * (src/text/normalize.ts), from the name table of the npm package `arabic-name-to-en` (ISC licence,
 * `cases/fullnamedb.js`, about 2,500 names with their English spellings; a devDependency). The tagger
 * reads membership of a word (or of its clitic-free form) as a gazetteer label `GIVEN`.
 * Run: npx tsx scripts/train-ner-names.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GIVEN_NAMES_PATH } from '../src/entities/ner/given-names.js';
import { normalizeForMatch } from '../src/text/normalize.js';

const require = createRequire(import.meta.url);
const table = require('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>;
const MIN_LENGTH = 3;

const names = new Set<string>();
for (const name of Object.keys(table)) {
  const norm = normalizeForMatch(name.trim());
  if (norm.length >= MIN_LENGTH && /^\p{Script=Arabic}+$/u.test(norm)) names.add(norm);
}
const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(GIVEN_NAMES_PATH, `${sorted.join('\n')}\n`);
console.log(`wrote ${GIVEN_NAMES_PATH}: ${sorted.length} names`);
