/**
 * Tags pre-tokenized sentences with the learned model in two passes: features → emission scores →
 * Viterbi; then the same scores plus the weights of the first pass's tags of the whole document
 * (stack-features.ts) → Viterbi again, after the decode-time biases (bias-outside.ts). The sentences
 * given together are one document (in order).
 */
import { biasTags, type TypeBias } from './bias-outside.js';
import { viterbi } from './decode.js';
import { type Gazetteers, loadGazetteers } from './gazetteers.js';
import { loadModel, type NerModel } from './model.js';
import { type NameGrams, nameLabeller } from './name-likeness.js';
import { emissionScores, stackedScores } from './score.js';
import { stackFeatureIds } from './stack-features.js';
import { TAG_COUNT, TAGS } from './tags.js';
import { viewTokens } from './view-tokens.js';

/** The last pass's emission scores of each sentence (before the biases) and its transitions. */
export interface LastPassScores {
  scores: Float64Array[];
  transitions: Float32Array;
}

const labellers = new WeakMap<NameGrams, (norm: string) => string[]>();

/** The name-likeness labels of each token of each sentence, when the model reads them. */
function nameLabelsOf(model: NerModel, views: { norm: string }[][]): string[][][] | undefined {
  const table = model.nameGrams;
  if (!table) return undefined;
  const label = labellers.get(table) ?? nameLabeller(table);
  labellers.set(table, label);
  return views.map((sentence) => sentence.map((v) => label(v.norm)));
}

export function lastPassScores(
  sentences: string[][],
  model: NerModel = loadModel(),
  gaz: Gazetteers = loadGazetteers(),
): LastPassScores {
  const views = sentences.map((words) =>
    viewTokens(words, gaz, model.lexicon, model.clusters, model.dictionary, model.names),
  );
  const [first, second] = model.passes;
  const names = nameLabelsOf(model, views);
  const scores = sentences.map((words, s) => emissionScores(first, views[s], words, names?.[s]));
  if (!second) return { scores, transitions: first.transitions };
  const tags = scores.map((e, s) => viterbi(e, first.transitions, sentences[s].length));
  const extra = stackFeatureIds(views, tags, undefined, model.news);
  const stacked = scores.map((e, s) => stackedScores(second, e, extra[s]));
  return { scores: stacked, transitions: second.transitions };
}

/** Viterbi over the last pass's scores after the biases: `O` minus `oBias`, each type plus its own. */
export function decodeScores(last: LastPassScores, oBias: number, typeBias?: TypeBias): string[][] {
  return last.scores.map((e) => {
    const best = viterbi(biasTags(e, oBias, typeBias), last.transitions, e.length / TAG_COUNT);
    return Array.from(best, (t) => TAGS[t] as string);
  });
}

export function tagSentences(
  sentences: string[][],
  model: NerModel = loadModel(),
  gaz: Gazetteers = loadGazetteers(),
): string[][] {
  return decodeScores(lastPassScores(sentences, model, gaz), model.oBias, model.typeBias);
}

/** Tags one sentence on its own (a document of one sentence). */
export function tagSentence(words: string[], model?: NerModel, gaz?: Gazetteers): string[] {
  return tagSentences([words], model, gaz)[0];
}
