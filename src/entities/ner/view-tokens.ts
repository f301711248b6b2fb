/**
 * The tagger's view of each word: the normalized form, a proclitic-free and article-free base, gazetteer
 * membership (with proclitics peeled), unlabeled-news statistics, cluster path prefixes and the hashes the
 * context features are built from. Views are cached per word form (bounded); gazetteer phrase spans are
 * marked per sentence on copies (cached views are never changed).
 */
import { normalizeForMatch } from '../../text/normalize.js';
import { type Dictionary, dictionaryClasses } from './dictionary.js';
import type { Gazetteers, GazLabel } from './gazetteers.js';
import { hashString } from './hash.js';
import { procliticReadings, stripArticle } from './proclitics.js';

/** Word statistics from unlabeled news: [article-ratio bucket, log2 frequency, top left, top right neighbour]. */
export type Lexicon = Map<string, string[]>;
/** Normalized word → its name label (`GIVEN` for a given name, `FAMILY` for a harvested family name). */
export type Names = Map<string, GazLabel>;
/** Word → hierarchical cluster path (`a.b.c`) from unlabeled text (scripts/train-ner-clusters.ts). */
export type Clusters = Map<string, string>;

export interface TokenView {
  norm: string;
  /** Proclitics peeled when the rest is a gazetteer word, else the norm; article stripped. */
  base: string;
  gaz: GazLabel[];
  /** Gazetteer phrase span: `B-LABEL` / `I-LABEL`, or empty. */
  span: string;
  /** The word's unlabeled-news statistics, when known. */
  lex?: string[];
  /** Prefixes of the word's cluster path (top level first); `none` when the word was not clustered. */
  cl: string[];
  /** Quantized dimensions of the word's vector (`3p`: dimension 3 high, `7n`: dimension 7 low); may be empty. */
  dims: string[];
  /** The word's common-word dictionary features (dictionary.ts); empty without a dictionary. */
  dic: string[];
  /** Hashes of the values the context features use (see features.ts). */
  h: {
    norm: number;
    base: number;
    x2: number;
    p2: number;
    cl0: number;
    cl1: number;
    la: number;
    /** The dictionary feature pair (how found + class), or 0 without a dictionary. */
    dic: number;
    gaz: number[];
  };
}

export const NO_LEX = ['none', 'none', '', ''];
const NO_CLUSTER = ['none', 'none', 'none'];

function lookup(gaz: Gazetteers, norm: string): { base: string; labels: GazLabel[] } {
  const own = gaz.words.get(norm);
  if (own) return { base: stripArticle(norm), labels: [...own] };
  for (const { rest } of procliticReadings(norm)) {
    const labels = gaz.words.get(rest);
    if (labels) return { base: stripArticle(rest), labels: [...labels] };
  }
  return { base: stripArticle(norm), labels: [] };
}

function firstEntry<V>(table: Map<string, V>, forms: string[]): V | undefined {
  for (const form of forms) {
    const entry = table.get(form);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/**
 * A cluster entry is `a.b.c` (the hierarchical path) optionally followed by `|` and one letter per vector
 * dimension: `p` above the quantization threshold, `n` below its negative, `0` between.
 */
function clusterEntry(clusters: Clusters, norm: string): { cl: string[]; dims: string[] } {
  const entry = firstEntry(clusters, [
    norm,
    ...procliticReadings(norm).map((r) => r.rest),
    stripArticle(norm),
  ]);
  if (!entry) return { cl: NO_CLUSTER, dims: [] };
  const [path, code = ''] = entry.split('|');
  const parts = path.split('.');
  const dims: string[] = [];
  for (let d = 0; d < code.length; d++) if (code[d] !== '0') dims.push(`${d}${code[d]}`);
  return { cl: parts.map((_, k) => parts.slice(0, k + 1).join('.')), dims };
}

/** Punctuation glued to a word's edges (ANERcorp keeps «كابول؛» as one token). */
const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

export function makeView(
  norm: string,
  base: string,
  labels: GazLabel[],
  lex: string[] | undefined,
  cl: string[],
  dims: string[] = [],
  dic: string[] = [],
) {
  const h = {
    norm: hashString(norm),
    base: hashString(base),
    x2: hashString(norm.slice(-2)),
    p2: hashString(norm.slice(0, 2)),
    cl0: hashString(cl[0]),
    cl1: hashString(cl[1] ?? cl[0]),
    la: hashString((lex ?? NO_LEX)[0]),
    gaz: labels.map((g) => hashString(g)),
    dic: dic.length ? hashString(dic.join('|')) : 0,
  };
  return { norm, base, gaz: labels, span: '', lex, cl, dims, dic, h };
}

function viewWord(
  word: string,
  gaz: Gazetteers,
  lexicon: Lexicon,
  clusters: Clusters,
  dictionary: Dictionary,
  names: Names,
): TokenView {
  const full = normalizeForMatch(word);
  const norm = full.replace(EDGE_PUNCT, '') || full;
  const { base, labels } = lookup(gaz, norm);
  if (names.size) {
    const forms = [norm, ...procliticReadings(norm).map((r) => r.rest)];
    const label = forms.map((f) => names.get(f)).find((l) => l !== undefined);
    if (label) labels.push(label);
  }
  const readings = procliticReadings(norm).flatMap((r) => [r.rest, stripArticle(r.rest)]);
  const lex = firstEntry(lexicon, [norm, stripArticle(norm), ...readings]);
  const { cl, dims } = clusterEntry(clusters, norm);
  return makeView(norm, base, labels, lex, cl, dims, dictionaryClasses(dictionary, norm));
}

function markPhrases(views: TokenView[], gaz: Gazetteers): void {
  for (let i = 0; i < views.length; i++) {
    const firsts = [views[i].norm, ...procliticReadings(views[i].norm).map((r) => r.rest)];
    const hit = firsts
      .flatMap((f) => gaz.phrases.get(f) ?? [])
      .find(({ tokens }) => tokens.every((t, k) => k === 0 || views[i + k]?.norm === t));
    if (!hit) continue;
    for (let k = 0; k < hit.tokens.length; k++)
      views[i + k] = { ...views[i + k], span: `${k === 0 ? 'B' : 'I'}-${hit.label}` };
    i += hit.tokens.length - 1;
  }
}

const VIEW_CACHE_LIMIT = 200_000;
const viewCaches = new WeakMap<Gazetteers, WeakMap<Lexicon, Map<string, TokenView>>>();
const EMPTY_LEXICON: Lexicon = new Map();
const EMPTY_CLUSTERS: Clusters = new Map();
const EMPTY_DICTIONARY: Dictionary = new Map();
const NO_NAMES: Names = new Map();

function cacheFor(gaz: Gazetteers, lexicon: Lexicon): Map<string, TokenView> {
  const byLexicon = viewCaches.get(gaz) ?? new WeakMap<Lexicon, Map<string, TokenView>>();
  viewCaches.set(gaz, byLexicon);
  const cache = byLexicon.get(lexicon) ?? new Map<string, TokenView>();
  byLexicon.set(lexicon, cache);
  return cache;
}

/**
 * Views of a sentence's words; `clusters`, `dictionary` and `names` (given and family names) must belong with `lexicon`
 * (the view cache is keyed by it).
 */
export function viewTokens(
  words: string[],
  gaz: Gazetteers,
  lexicon: Lexicon = EMPTY_LEXICON,
  clusters: Clusters = EMPTY_CLUSTERS,
  dictionary: Dictionary = EMPTY_DICTIONARY,
  names: Names = NO_NAMES,
): TokenView[] {
  const cache = cacheFor(gaz, lexicon);
  const views = words.map((word) => {
    let view = cache.get(word);
    if (!view) {
      view = viewWord(word, gaz, lexicon, clusters, dictionary, names);
      if (cache.size >= VIEW_CACHE_LIMIT) cache.clear();
      cache.set(word, view);
    }
    return view;
  });
  markPhrases(views, gaz);
  return views;
}
