/**
 * A linear-chain CRF trainer for the first pass (`--crf` of scripts/train-ner.ts), over the same encoded
 * sentences, tag set, BIO constraint and decoder as the perceptron: the gradient of the conditional
 * log-likelihood (expected minus gold feature counts, from forward-backward marginals) with AdaGrad steps
 * and an L2 penalty applied to the rows a sentence touches, its weights averaged over the steps as the
 * perceptron's are. They live in an AveragedPerceptron, so that the CRF scores and decodes like a
 * perceptron model (Viterbi over the same log-potentials).
 */
import { AveragedPerceptron, type EncodedSentence } from '../src/entities/ner/perceptron.js';
import { isAllowed, START, TAG_COUNT } from '../src/entities/ner/tags.js';

const T = TAG_COUNT;
const ALLOWED = Array.from({ length: (T + 1) * T }, (_, k) => isAllowed(Math.floor(k / T), k % T));

export interface CrfOptions {
  /** AdaGrad base learning rate. */
  rate: number;
  /** L2 penalty per touched parameter and step. */
  l2: number;
}

function logSumExp(values: Float64Array, length: number): number {
  let top = -Infinity;
  for (let k = 0; k < length; k++) if (values[k] > top) top = values[k];
  if (top === -Infinity) return top;
  let sum = 0;
  for (let k = 0; k < length; k++) sum += Math.exp(values[k] - top);
  return top + Math.log(sum);
}

/** Forward-backward over log-potentials: per-token marginals (n × T) and transition marginals. */
export function marginals(emissions: Float64Array, transitions: Float64Array, n: number) {
  const alpha = new Float64Array(n * T).fill(-Infinity);
  const beta = new Float64Array(n * T).fill(-Infinity);
  const terms = new Float64Array(T);
  for (let t = 0; t < T; t++)
    if (ALLOWED[START * T + t]) alpha[t] = emissions[t] + transitions[START * T + t];
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      for (let p = 0; p < T; p++)
        terms[p] = ALLOWED[p * T + t] ? alpha[(i - 1) * T + p] + transitions[p * T + t] : -Infinity;
      alpha[i * T + t] = logSumExp(terms, T) + emissions[i * T + t];
    }
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      for (let t = 0; t < T; t++)
        terms[t] = ALLOWED[p * T + t]
          ? transitions[p * T + t] + emissions[(i + 1) * T + t] + beta[(i + 1) * T + t]
          : -Infinity;
      beta[i * T + p] = logSumExp(terms, T);
    }
  }
  const logZ = logSumExp(alpha.subarray((n - 1) * T), T);
  const unary = new Float64Array(n * T);
  for (let k = 0; k < n * T; k++) unary[k] = Math.exp(alpha[k] + beta[k] - logZ);
  const pair = new Float64Array((T + 1) * T);
  for (let t = 0; t < T; t++) pair[START * T + t] = unary[t];
  for (let i = 1; i < n; i++)
    for (let p = 0; p < T; p++)
      for (let t = 0; t < T; t++) {
        if (!ALLOWED[p * T + t]) continue;
        const lp = alpha[(i - 1) * T + p] + transitions[p * T + t] + emissions[i * T + t] + beta[i * T + t];
        pair[p * T + t] += Math.exp(lp - logZ);
      }
  return { unary, pair, logZ };
}

export class Crf {
  readonly model: AveragedPerceptron;
  private readonly g2: Float64Array;
  private readonly t2 = new Float64Array((T + 1) * T);

  constructor(
    rows: number,
    private readonly o: CrfOptions,
  ) {
    this.model = new AveragedPerceptron(rows);
    this.g2 = new Float64Array(rows * T);
  }

  /** One AdaGrad step on a sentence; returns its negative log-likelihood. */
  learn(s: EncodedSentence): number {
    const n = s.gold.length;
    const { weights, transitions } = this.model;
    const emissions = this.model.emissions(s);
    const { unary, pair, logZ } = marginals(emissions, transitions, n);
    let gold = 0;
    for (let i = 0; i < n; i++) {
      const prev = i === 0 ? START : s.gold[i - 1];
      gold += emissions[i * T + s.gold[i]] + transitions[prev * T + s.gold[i]];
    }
    const grad = new Float64Array(T);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < T; t++) grad[t] = unary[i * T + t] - (t === s.gold[i] ? 1 : 0);
      for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
        const row = s.ids[k] * T;
        for (let t = 0; t < T; t++) this.step(weights, this.g2, row + t, grad[t], false);
      }
    }
    for (let i = 0; i < n; i++) pair[(i === 0 ? START : s.gold[i - 1]) * T + s.gold[i]] -= 1;
    for (let k = 0; k < pair.length; k++) if (ALLOWED[k]) this.step(transitions, this.t2, k, pair[k], true);
    this.model.tick();
    return logZ - gold;
  }

  private step(w: Float64Array, g2: Float64Array, k: number, gradient: number, transition: boolean): void {
    const g = gradient + this.o.l2 * w[k];
    if (g === 0) return;
    g2[k] += g * g;
    this.model.add(k, (-this.o.rate * g) / Math.sqrt(g2[k]), transition);
  }
}
