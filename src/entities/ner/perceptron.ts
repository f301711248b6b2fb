/**
 * Averaged structured perceptron (Collins 2002) over the first-order tag model of decode.ts: decode each
 * training sentence with the current weights and, where the path differs from the gold one, add the gold
 * features and subtract the predicted ones. Averaging uses the w − u/c trick (Daumé 2006), no timestamps.
 * A sentence may carry fixed base scores (the second pass learns only its own rows on top of the first's).
 */
import { viterbi } from './decode.js';
import { START, TAG_COUNT } from './tags.js';

const T = TAG_COUNT;

/** A training sentence with its features already mapped to row ids. */
export interface EncodedSentence {
  /** Feature ids of token i are ids[offsets[i] .. offsets[i + 1]). */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  /** Fixed scores added to the emissions (n × TAG_COUNT): the first pass's, when training the second. */
  base?: Float64Array;
}

export class AveragedPerceptron {
  readonly weights: Float64Array;
  readonly transitions = new Float64Array((T + 1) * T);
  private readonly wSum: Float64Array;
  private readonly tSum = new Float64Array((T + 1) * T);
  private c = 1;

  constructor(featureCount: number) {
    this.weights = new Float64Array(featureCount * T);
    this.wSum = new Float64Array(featureCount * T);
  }

  emissions(s: EncodedSentence): Float64Array {
    const n = s.gold.length;
    const out = s.base ? Float64Array.from(s.base) : new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
        const row = s.ids[k] * T;
        for (let t = 0; t < T; t++) out[i * T + t] += this.weights[row + t];
      }
    }
    return out;
  }

  predict(s: EncodedSentence): Int32Array {
    return viterbi(this.emissions(s), this.transitions, s.gold.length);
  }

  /** One perceptron step; returns the number of mistagged tokens. */
  learn(s: EncodedSentence): number {
    const pred = this.predict(s);
    let errors = 0;
    for (let i = 0; i < pred.length; i++) {
      const [g, p] = [s.gold[i], pred[i]];
      const [gPrev, pPrev] = i === 0 ? [START, START] : [s.gold[i - 1], pred[i - 1]];
      if (g !== p) {
        errors++;
        for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
          this.bump(this.weights, this.wSum, s.ids[k] * T + g, 1);
          this.bump(this.weights, this.wSum, s.ids[k] * T + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.transitions, this.tSum, gPrev * T + g, 1);
        this.bump(this.transitions, this.tSum, pPrev * T + p, -1);
      }
    }
    this.c++;
    return errors;
  }

  private bump(w: Float64Array, sum: Float64Array, k: number, d: number): void {
    w[k] += d;
    sum[k] += this.c * d;
  }

  /** The averaged weights: w − u / c. */
  averaged(): { weights: Float32Array; transitions: Float32Array } {
    const avg = (w: Float64Array, sum: Float64Array) => Float32Array.from(w, (x, k) => x - sum[k] / this.c);
    return { weights: avg(this.weights, this.wSum), transitions: avg(this.transitions, this.tSum) };
  }
}
