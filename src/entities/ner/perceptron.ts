/**
 * Averaged structured perceptron (Collins 2002) over the first-order tag model of decode.ts: decode each
 * training sentence with the current weights and, where the path differs from the gold one, add the gold
 * features and subtract the predicted ones. Averaging uses the w − u/c trick (Daumé 2006), no timestamps.
 * A sentence may carry fixed base scores (the second pass learns only its own rows on top of the first's).
 * Optionally (`LearnOptions`) the training decode is loss-augmented (a cost added to every wrong tag, more
 * for an entity token read as `O`) and the step is passive-aggressive (PA-I, Crammer et al. 2006): its size
 * is the violated margin over the squared norm of the feature difference, capped at `C`.
 */
import { viterbi } from './decode.js';
import { START, TAG_COUNT } from './tags.js';

const T = TAG_COUNT;

export interface LearnOptions {
  /** Cost of a wrong tag in the training decode (Hamming loss); 0 for the plain perceptron. */
  cost: number;
  /** Cost of tagging `O` where the gold tag is an entity's (recall-oriented loss); defaults to `cost`. */
  missCost?: number;
  /** PA-I aggressiveness cap; 0 for unit (perceptron) steps. */
  C: number;
}

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

  /** One training step; returns the number of mistagged tokens. */
  learn(s: EncodedSentence, options?: LearnOptions): number {
    const n = s.gold.length;
    const emissions = this.emissions(s);
    const decoded = options?.cost ? withCost(emissions, s.gold, options) : emissions;
    const pred = viterbi(decoded, this.transitions, n);
    let errors = 0;
    for (let i = 0; i < n; i++) if (s.gold[i] !== pred[i]) errors++;
    if (errors === 0) {
      this.c++;
      return 0;
    }
    const step = options?.C ? this.paStep(s, pred, emissions, options) : 1;
    for (let i = 0; i < n; i++) {
      const [g, p] = [s.gold[i], pred[i]];
      const [gPrev, pPrev] = i === 0 ? [START, START] : [s.gold[i - 1], pred[i - 1]];
      if (g !== p) {
        for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
          this.bump(this.weights, this.wSum, s.ids[k] * T + g, step);
          this.bump(this.weights, this.wSum, s.ids[k] * T + p, -step);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.transitions, this.tSum, gPrev * T + g, step);
        this.bump(this.transitions, this.tSum, pPrev * T + p, -step);
      }
    }
    this.c++;
    return errors;
  }

  /** PA-I step: (score(pred) − score(gold) + loss) / ‖φ(gold) − φ(pred)‖², within [0, C]. */
  private paStep(s: EncodedSentence, pred: Int32Array, emissions: Float64Array, o: LearnOptions): number {
    const diff = new Map<number, number>();
    const add = (key: number, d: number) => diff.set(key, (diff.get(key) ?? 0) + d);
    let margin = 0;
    let loss = 0;
    for (let i = 0; i < pred.length; i++) {
      const [g, p] = [s.gold[i], pred[i]];
      const [gPrev, pPrev] = i === 0 ? [START, START] : [s.gold[i - 1], pred[i - 1]];
      margin += emissions[i * T + p] - emissions[i * T + g];
      margin += this.transitions[pPrev * T + p] - this.transitions[gPrev * T + g];
      if (g !== p) {
        const unit = o.cost || 1;
        loss += g !== 0 && p === 0 ? (o.missCost ?? unit) : unit;
        for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
          add(s.ids[k] * T + g, 1);
          add(s.ids[k] * T + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        add(-1 - (gPrev * T + g), 1);
        add(-1 - (pPrev * T + p), -1);
      }
    }
    let norm = 0;
    for (const d of diff.values()) norm += d * d;
    return norm === 0 ? 0 : Math.min(o.C, Math.max(0, (margin + loss) / norm));
  }

  /** Adds `d` to weight `k` (or transition `k`) with averaging; for other learners (a CRF's steps). */
  add(k: number, d: number, transition = false): void {
    if (transition) this.bump(this.transitions, this.tSum, k, d);
    else this.bump(this.weights, this.wSum, k, d);
  }

  /** Ends one training step of another learner (the averaging clock). */
  tick(): void {
    this.c++;
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

/** The emissions with the cost of each wrong tag added (loss-augmented decoding). */
function withCost(emissions: Float64Array, gold: Int32Array, o: LearnOptions): Float64Array {
  const out = Float64Array.from(emissions);
  const miss = o.missCost ?? o.cost;
  for (let i = 0; i < gold.length; i++)
    for (let t = 0; t < T; t++) if (t !== gold[i]) out[i * T + t] += t === 0 && gold[i] !== 0 ? miss : o.cost;
  return out;
}
