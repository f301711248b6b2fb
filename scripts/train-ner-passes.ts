/**
 * Training of the tagger's passes (scripts/train-ner.ts): a perceptron over encoded sentences for a number
 * of epochs (with the dev F1 after each epoch when dev data is given), and the jackknifed first-pass tags of
 * the training sentences (each fold tagged by a model trained on the other folds), so that the second pass
 * learns from first-pass tags as noisy as those it will see on new text.
 */
import { biasOutside } from '../src/entities/ner/bias-outside.js';
import { viterbi } from '../src/entities/ner/decode.js';
import {
  AveragedPerceptron,
  type EncodedSentence,
  type LearnOptions,
} from '../src/entities/ner/perceptron.js';
import { TAGS } from '../src/entities/ner/tags.js';
import { scoreConll } from './eval/conll-score.js';
import { Crf, type CrfOptions } from './train-ner-crf.js';
import { shuffled } from './train-ner-data.js';
import { seededRandom } from './train-ner-kmeans.js';

export interface DevSet {
  encoded: EncodedSentence[];
  gold: string[][];
}

/** The averaged weights as a model ready to predict. */
export function frozen(model: AveragedPerceptron): AveragedPerceptron {
  const { weights, transitions } = model.averaged();
  const copy = new AveragedPerceptron(0);
  Object.assign(copy, { weights: Float64Array.from(weights), transitions: Float64Array.from(transitions) });
  return copy;
}

export function devF1(model: AveragedPerceptron, dev: DevSet, oBias = 0): number {
  const predicted = dev.encoded.map((s) => {
    const tags = oBias
      ? viterbi(biasOutside(model.emissions(s), oBias), model.transitions, s.gold.length)
      : model.predict(s);
    return Array.from(tags, (t) => TAGS[t] as string);
  });
  return scoreConll(dev.gold, predicted).overall.f1;
}

/** Candidate decode biases against `O` (in the units of the model's scores). */
export const O_BIASES = [0, 1, 2, 3, 4, 6, 8, 12, 16, 24];

/** The bias of `candidates` with the best dev F1 (the smallest on ties), with the F1 of each. */
export function bestOBias(model: AveragedPerceptron, dev: DevSet, candidates = O_BIASES) {
  const f1s = candidates.map((b) => devF1(model, dev, b));
  return { bias: candidates[f1s.indexOf(Math.max(...f1s))], f1s };
}

/** The sentence without a random share `p` of its feature occurrences (seeded). */
function dropped(s: EncodedSentence, p: number, random: () => number): EncodedSentence {
  const ids: number[] = [];
  const offsets = [0];
  for (let i = 0; i < s.gold.length; i++) {
    for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) if (random() >= p) ids.push(s.ids[k]);
    offsets.push(ids.length);
  }
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: s.gold };
}

/** Share of feature occurrences dropped per training step (chosen on dev among 0, 0.1, 0.3). */
export let DROPOUT = 0.3;
export const setDropout = (p: number) => {
  DROPOUT = p;
};

/** The training step (train-ner.ts options `--cost`, `--miss-cost`, `--pa`); undefined: plain perceptron. */
export let LEARN: LearnOptions | undefined;
export const setLearn = (options: LearnOptions | undefined) => {
  LEARN = options;
};

/** CRF options for the first pass (`--crf`); undefined: the perceptron. */
export let CRF: CrfOptions | undefined;
export const setCrf = (options: CrfOptions | undefined) => {
  CRF = options;
};

/** Added to every pass's shuffle and dropout seed (`--seed`, 0 by default): to measure seed noise on dev. */
let SEED_OFFSET = 0;
export function setSeed(seed: number): void {
  SEED_OFFSET = 100 * seed;
}

export function trainPass(
  encoded: EncodedSentence[],
  rows: number,
  epochs: number,
  dev?: DevSet,
  label = '',
  dropout?: number,
  seed = 0,
) {
  // The first pass (sentences without base scores) is a CRF when asked; its weights sit in a perceptron,
  // averaged the same way.
  const crf = CRF && !encoded[0]?.base ? new Crf(rows, CRF) : undefined;
  const model = crf?.model ?? new AveragedPerceptron(rows);
  const curve: number[] = [];
  const random = seededRandom(17 + seed + SEED_OFFSET);
  const p = dropout ?? DROPOUT;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0;
    for (const s of shuffled(encoded, epoch + 1000 * (seed + SEED_OFFSET))) {
      const x = p ? dropped(s, p, random) : s;
      errors += crf ? crf.learn(x) : model.learn(x, LEARN);
    }
    if (dev) curve.push(devF1(frozen(model), dev));
    const f1 = dev ? `, dev F1 ${curve.at(-1)?.toFixed(4)}` : '';
    if (label) console.log(`${label} epoch ${epoch}: ${errors} token errors${f1}`);
  }
  return { model, curve };
}

/**
 * The mean of `members` first-pass models trained with different shuffle and dropout seeds (seed 0 is the
 * single model): scores are linear in the weights, so the mean of their scores is the score of their mean
 * weights, and the ensemble decodes as fast as one model.
 */
export function trainEnsemble(encoded: EncodedSentence[], rows: number, epochs: number, members = ENSEMBLE) {
  const models = Array.from({ length: members }, (_, seed) =>
    frozen(trainPass(encoded, rows, epochs, undefined, '', DROPOUT, seed).model),
  );
  const mean = models[0];
  for (const other of models.slice(1)) {
    for (let k = 0; k < mean.weights.length; k++) mean.weights[k] += other.weights[k];
    for (let k = 0; k < mean.transitions.length; k++) mean.transitions[k] += other.transitions[k];
  }
  for (let k = 0; k < mean.weights.length; k++) mean.weights[k] /= members;
  for (let k = 0; k < mean.transitions.length; k++) mean.transitions[k] /= members;
  return mean;
}

/** Number of first-pass models averaged (chosen on dev among 1 and 3). */
export let ENSEMBLE = 1;
export const setEnsemble = (n: number) => {
  ENSEMBLE = n;
};

/**
 * First-pass tags and emission scores of every training sentence from models trained without its fold
 * (contiguous folds), and those fold models.
 */
export function jackknife(encoded: EncodedSentence[], rows: number, epochs: number, folds = FOLDS) {
  const foldOf = (s: number) => foldOfSentence(s, encoded.length, folds);
  const tags: Int32Array[] = new Array(encoded.length);
  const scores: Float64Array[] = new Array(encoded.length);
  const models: AveragedPerceptron[] = [];
  for (let f = 0; f < folds; f++) {
    const rest = encoded.filter((_, s) => foldOf(s) !== f);
    const model = trainEnsemble(rest, rows, epochs);
    models.push(model);
    encoded.forEach((s, k) => {
      if (foldOf(k) !== f) return;
      scores[k] = model.emissions(s);
      tags[k] = model.predict(s);
    });
  }
  return { tags, scores, models };
}

export const FOLDS = 5;
/** The jackknife fold of sentence `s` of `count` (contiguous folds). */
export const foldOfSentence = (s: number, count: number, folds = FOLDS) => Math.floor((s * folds) / count);

export const bestEpochs = (curve: number[]) => curve.indexOf(Math.max(...curve)) + 1;
