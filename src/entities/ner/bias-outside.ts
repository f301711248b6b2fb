/**
 * A decode-time bias toward entity tags: a constant taken from the `O` score of every token before
 * Viterbi. The perceptron's precision runs well above its recall; the constant (chosen on dev by
 * scripts/train-ner.ts and stored in the model file as `oBias`) trades some of that precision for recall.
 */
import { TAG_COUNT, tagIndex } from './tags.js';

const O = tagIndex('O');

/** The emissions (n × TAG_COUNT) with `bias` subtracted from each token's `O` score; the same array if 0. */
export function biasOutside(emissions: Float64Array, bias: number): Float64Array {
  if (bias === 0) return emissions;
  const out = Float64Array.from(emissions);
  for (let at = O; at < out.length; at += TAG_COUNT) out[at] -= bias;
  return out;
}
