/**
 * Builds data/ner/ayaspell.tsv.gz from Ayaspell, the Arabic Hunspell dictionary (Debian package
 * `hunspell-ar`, /usr/share/hunspell/ar.dic + ar.aff; GPL 2.0 / LGPL 2.1 / MPL 1.1, Mohamed Kebdani):
 * each dictionary word, normalized for matching (src/text/normalize.ts), with its affix-flag classes
 * (the numbers of its `AF` flag sets: place names, adjectives, verbal nouns… each have their own) and `v`
 * when the entry is a listed verb form (its morphological alias says `po:verb`). The tagger reads the
 * classes of a word (or of its article- and clitic-free base) as features: a common word is seldom a name.
 * Run: npx tsx scripts/train-ner-dictionary.ts [--dic <ar.dic>] [--aff <ar.aff>] (apt-get install hunspell-ar).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DICTIONARY_PATH } from '../src/entities/ner/dictionary.js';
import { normalizeForMatch } from '../src/text/normalize.js';

const { values } = parseArgs({
  options: {
    dic: { type: 'string', default: '/usr/share/hunspell/ar.dic' },
    aff: { type: 'string', default: '/usr/share/hunspell/ar.aff' },
    out: { type: 'string', default: DICTIONARY_PATH },
  },
});

/** Indexes (1-based, as the .dic refers to them) of the `AM` aliases that describe a verb form. */
function verbAliases(aff: string): Set<number> {
  const aliases = aff.split('\n').filter((line) => line.startsWith('AM '));
  const verbs = new Set<number>();
  aliases.slice(1).forEach((line, k) => {
    if (/\bpo:verb\b/u.test(line)) verbs.add(k + 1);
  });
  return verbs;
}

function classesOf(dic: string, verbs: Set<number>): Map<string, Set<string>> {
  const classes = new Map<string, Set<string>>();
  for (const line of dic.split('\n').slice(1)) {
    const [entry, alias] = line.trim().split(/\s+/u);
    if (!entry || entry.startsWith('#')) continue;
    const [word, flag] = entry.split('/');
    const norm = normalizeForMatch(word);
    if (!/^\p{Script=Arabic}+$/u.test(norm)) continue;
    const set = classes.get(norm) ?? new Set<string>();
    if (alias && verbs.has(Number(alias))) set.add('v');
    else set.add(flag || '0');
    classes.set(norm, set);
  }
  return classes;
}

const classes = classesOf(readFileSync(values.dic, 'utf8'), verbAliases(readFileSync(values.aff, 'utf8')));
const lines = [...classes]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([word, set]) => `${word}\t${[...set].sort().join(',')}`);
writeFileSync(values.out, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
console.log(`wrote ${values.out}: ${lines.length} words`);
