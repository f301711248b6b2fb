/**
 * The name-likeness gram table of the tagger (src/entities/ner/name-likeness.ts, `--name-grams`):
 * character 2–4-gram counts of the distinct words of each entity type and of `O` words in the ANERcorp
 * train split, as smoothed log ratios. Training sentences read their words' labels from a table that did not
 * see their own fold (jackknifed, contiguous folds), so that the tagger learns how far to trust the score of
 * a word it never saw; dev sentences and the shipped model read the table of all training sentences.
 * With `--name-grams-lists`, the table is learned instead from name lists against frequent news words.
 */
import type { Gazetteers } from '../src/entities/ner/gazetteers.js';
import { NAME_TYPES, type NameGrams, nameLabeller, wordGrams } from '../src/entities/ner/name-likeness.js';

/** A labelled word: its normalized form and its type (`O` or a NAME_TYPES entry). */
export interface TypedWord {
  norm: string;
  type: string;
}

const CLASSES = [...NAME_TYPES, 'O'];
/** Add-α smoothing of the gram counts. */
const ALPHA = 0.5;
/** Bucket cut-offs of the mean log ratio (the same for every type). */
export const NAME_CUTS = [-0.8, -0.4, 0, 0.4, 0.8];
const JACKKNIFE_FOLDS = 10;

/** The typed words of sentences (tokens' normalized forms with their gold types). */
export function typedWords(norms: string[][], tags: string[][]): TypedWord[][] {
  return norms.map((words, s) => words.map((norm, i) => ({ norm, type: tags[s][i].replace(/^[BI]-/u, '') })));
}

/** The gram table of the distinct (word, type) pairs of `sentences`. */
export function gramTable(sentences: TypedWord[][], cuts = NAME_CUTS): NameGrams {
  const seen = new Set<string>();
  const counts = new Map<string, number[]>();
  const totals = CLASSES.map(() => 0);
  for (const sentence of sentences)
    for (const { norm, type } of sentence) {
      const c = CLASSES.indexOf(type);
      if (c < 0 || !/^\p{Script=Arabic}+$/u.test(norm) || seen.has(`${type}\t${norm}`)) continue;
      seen.add(`${type}\t${norm}`);
      for (const g of wordGrams(norm)) {
        const row = counts.get(g) ?? CLASSES.map(() => 0);
        row[c]++;
        totals[c]++;
        counts.set(g, row);
      }
    }
  const v = counts.size + 1;
  const logP = (n: number, c: number) => Math.log((n + ALPHA) / (totals[c] + ALPHA * v));
  const o = CLASSES.length - 1;
  const ratios = (row: number[]) => NAME_TYPES.map((_, t) => logP(row[t], t) - logP(row[o], o));
  const grams = new Map<string, number[]>();
  for (const [g, row] of counts) if (row.reduce((a, b) => a + b) >= 2) grams.set(g, ratios(row));
  return { grams, unseen: ratios(CLASSES.map(() => 0)), cuts };
}

/**
 * Labellers per training sentence (each from the table of the other folds) and the table of all
 * sentences (for dev sentences and the model file).
 */
export function jackknifedNameGrams(sentences: TypedWord[][], folds = JACKKNIFE_FOLDS) {
  const foldOf = (s: number) => Math.floor((s * folds) / sentences.length);
  const labellers = Array.from({ length: folds }, (_, f) =>
    nameLabeller(gramTable(sentences.filter((_, s) => foldOf(s) !== f))),
  );
  const table = gramTable(sentences);
  return { forSentence: (s: number) => labellers[foldOf(s)], table, all: nameLabeller(table) };
}

const LIST_TYPES: Record<string, string> = { PER: 'PERS', GIVEN: 'PERS', LOC: 'LOC', ORG: 'ORG' };
/** Least log2 frequency in the news lexicon of a word taken as a negative (`O`) example. */
const MIN_NEWS_LOG2 = 5;

/**
 * Typed words of the name lists (`--name-grams-lists`): gazetteer words (every token of their phrases)
 * and given names as their types, and frequent news words (seen at least 2^MIN_NEWS_LOG2 times in the
 * unlabeled news lexicon) on no list as `O`. No jackknife: the lists hold no ANERcorp labels.
 */
export function listWords(
  gaz: Gazetteers,
  given: Iterable<string>,
  lexicon: Map<string, string[]>,
): TypedWord[] {
  const typed = new Map<string, string>();
  const add = (norm: string, label: string) => {
    const type = LIST_TYPES[label];
    if (type && !typed.has(norm)) typed.set(norm, type);
  };
  for (const g of given) add(g, 'GIVEN');
  for (const [word, labels] of gaz.words) for (const label of labels) add(word, label);
  for (const phrases of gaz.phrases.values())
    for (const { tokens, label } of phrases) for (const t of tokens) add(t, label);
  const words = [...typed].map(([norm, type]) => ({ norm, type }));
  for (const [word, [, log2]] of lexicon)
    if (Number(log2) >= MIN_NEWS_LOG2 && !typed.has(word) && !gaz.words.has(word))
      words.push({ norm: word, type: 'O' });
  return words;
}
