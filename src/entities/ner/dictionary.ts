/**
 * The common-word dictionary of the tagger (data/ner/ayaspell.tsv.gz, built by
 * scripts/train-ner-dictionary.ts from Ayaspell, the Arabic Hunspell dictionary): normalized word → its
 * affix-flag classes (`v` for a listed verb form). `dictionaryClasses` finds a word's entry as written, without
 * the article, without proclitics, or without a common suffix (pronoun, plural, dual), and says which.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { normalizeForMatch } from '../../text/normalize.js';
import { procliticReadings, stripArticle } from './proclitics.js';

/** Normalized word → comma-separated classes. */
export type Dictionary = Map<string, string>;

export const DICTIONARY_PATH = fileURLToPath(new URL('../../../data/ner/ayaspell.tsv.gz', import.meta.url));

let cached: Dictionary | undefined;

/** The shipped dictionary, or an empty one when the file is absent. */
export function loadDictionary(path = DICTIONARY_PATH): Dictionary {
  if (cached && path === DICTIONARY_PATH) return cached;
  const table: Dictionary = new Map();
  if (existsSync(path)) {
    for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  if (path === DICTIONARY_PATH) cached = table;
  return table;
}

/** Suffixes tried (longest first) when the base is not listed: pronouns, sound plurals, dual. */
const SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ات', 'ون', 'ين', 'ان', 'ه', 'ي', 'ك'];
const MIN_STEM = 2;
/** The feminine ending as the dictionary stores it (normalized for matching). */
const TA_MARBUTA = normalizeForMatch('ة');

function suffixStems(base: string): string[] {
  const stems: string[] = [];
  for (const s of SUFFIXES) {
    if (!base.endsWith(s) || base.length - s.length < MIN_STEM) continue;
    const stem = base.slice(0, -s.length);
    stems.push(stem);
    if (stem.endsWith('ت')) stems.push(`${stem.slice(0, -1)}${TA_MARBUTA}`);
  }
  return stems;
}

/**
 * Features of a word's dictionary entry: how it was found (`=` as written, `a` without the article, `c`
 * without proclitics, `s` without a suffix) and whether it is a listed verb form (`verb`, else `noun`);
 * `['none']` when not found; empty when the dictionary is empty (a model trained without it).
 */
export function dictionaryClasses(dictionary: Dictionary, norm: string): string[] {
  if (dictionary.size === 0) return [];
  const bases = [norm, ...procliticReadings(norm).map((r) => r.rest)].map(stripArticle);
  const tries: [string, string][] = [
    ['=', norm],
    ['a', stripArticle(norm)],
  ];
  for (const base of bases.slice(1)) tries.push(['c', base]);
  for (const base of bases) for (const stem of suffixStems(base)) tries.push(['s', stem]);
  for (const [how, form] of tries) {
    const entry = dictionary.get(form);
    if (entry !== undefined) return [`k${how}`, /(^|,)v(,|$)/u.test(entry) ? 'verb' : 'noun'];
  }
  return ['none'];
}
