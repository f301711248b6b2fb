/**
 * The name-likeness gram table of the tagger (src/entities/ner/name-likeness.ts, `--name-grams`):
 * character 2–4-gram counts of the distinct words of each entity type and of `O` words in the ANERcorp
 * train split, as smoothed log ratios. Training sentences read their words' labels from a table that did not
 * see their own fold (jackknifed, contiguous folds), so that the tagger learns how far to trust the score of
 * a word it never saw; dev sentences and the shipped model read the table of all training sentences.
 */
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
