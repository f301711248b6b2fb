/**
 * Name-likeness of a word's letters: per entity type, the mean log-likelihood ratio of the word's character
 * 2–4-grams (with word-boundary marks, after the article is stripped) under "a token of that type" against
 * "an `O` token", bucketed into labels (`PERS3`) that the tagger reads as features of the word and of its
 * ±1 neighbours (features.ts `nameFeatureIds`). A word read with a proclitic peeled (وبوتين) scores the
 * better of its readings. The gram table is learned by scripts/train-ner-name-grams.ts (off by default:
 * `--name-grams`); a model trained with it carries the table (`nameGrams` in the model file).
 */
import { procliticReadings, stripArticle } from './proclitics.js';

export const NAME_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;

export interface NameGrams {
  /** Gram → log ratio per type (NAME_TYPES order). */
  grams: Map<string, number[]>;
  /** The log ratio per type of a gram never counted. */
  unseen: number[];
  /** Bucket cut-offs of the mean log ratio (ascending); a word's bucket is the number of cut-offs it reaches. */
  cuts: number[];
}

const MIN_LETTERS = 2;

/** Character 2–4-grams of `^word$` (the word without its article). */
export function wordGrams(norm: string): string[] {
  const marked = `^${stripArticle(norm)}$`;
  const grams: string[] = [];
  for (let n = 2; n <= 4; n++)
    for (let k = 0; k + n <= marked.length; k++) grams.push(marked.slice(k, k + n));
  return grams;
}

/** The mean log ratio per type of one form's grams. */
function formScores(table: NameGrams, form: string): number[] {
  const grams = wordGrams(form);
  const sums = NAME_TYPES.map(() => 0);
  for (const g of grams) {
    const row = table.grams.get(g) ?? table.unseen;
    for (let t = 0; t < sums.length; t++) sums[t] += row[t];
  }
  return sums.map((s) => s / grams.length);
}

/** Per type, the best mean log ratio over the word and its proclitic readings; null for a non-word. */
export function nameScores(table: NameGrams, norm: string): number[] | null {
  if (!/^\p{Script=Arabic}+$/u.test(norm) || stripArticle(norm).length < MIN_LETTERS) return null;
  const forms = [
    norm,
    ...procliticReadings(norm)
      .map((r) => r.rest)
      .filter((r) => r.length >= 3),
  ];
  const best = formScores(table, norm);
  for (const form of forms.slice(1))
    formScores(table, form).forEach((s, t) => {
      best[t] = Math.max(best[t], s);
    });
  return best;
}

/** The word's bucket labels (`PERS0` … `MISC5`); empty for a non-word. */
export function nameBuckets(table: NameGrams, norm: string): string[] {
  const scores = nameScores(table, norm);
  if (!scores) return [];
  return scores.map((s, t) => `${NAME_TYPES[t]}${table.cuts.filter((c) => s >= c).length}`);
}

/** A labeller of normalized words with a bounded cache (one per table). */
export function nameLabeller(table: NameGrams): (norm: string) => string[] {
  const cache = new Map<string, string[]>();
  return (norm) => {
    let labels = cache.get(norm);
    if (!labels) {
      labels = nameBuckets(table, norm);
      if (cache.size >= 200_000) cache.clear();
      cache.set(norm, labels);
    }
    return labels;
  };
}

/** The table as stored in the model file (log ratios rounded to 0.01). */
export function nameGramsToFile(table: NameGrams) {
  const round = (xs: number[]) => xs.map((x) => Math.round(x * 100) / 100);
  const grams = Object.fromEntries([...table.grams].map(([g, row]) => [g, round(row)]));
  return { grams, unseen: round(table.unseen), cuts: table.cuts };
}

export function nameGramsFromFile(file: ReturnType<typeof nameGramsToFile>): NameGrams {
  return { grams: new Map(Object.entries(file.grams)), unseen: file.unseen, cuts: file.cuts };
}
