/**
 * Decode-time biases toward entity tags, applied to the last pass's scores before Viterbi. The
 * perceptron's precision runs well above its recall; `oBias` (chosen on dev by scripts/train-ner.ts and
 * stored in the model file) is taken from every token's `O` score to trade some of that precision for
 * recall. `typeBias` (optional, per entity type; see scripts/ner-bias-dev.ts) is added on top to the
 * `B-X` and `I-X` scores of its type X, since the trade is not the same for every type.
 */
import { TAG_COUNT, TAGS, tagIndex } from './tags.js';

const O = tagIndex('O');

/** Entity type → bias added to its `B-` and `I-` scores (weight units). */
export type TypeBias = Readonly<Record<string, number>>;

/** The emissions (n × TAG_COUNT) with `bias` subtracted from each token's `O` score; the same array if 0. */
export function biasOutside(emissions: Float64Array, bias: number): Float64Array {
  if (bias === 0) return emissions;
  const out = Float64Array.from(emissions);
  for (let at = O; at < out.length; at += TAG_COUNT) out[at] -= bias;
  return out;
}

/** The bias of each tag index under `typeBias` (0 for `O` and for types it does not name). */
export function tagBiases(typeBias: TypeBias = {}): Float64Array {
  return Float64Array.from(TAGS, (tag) => (tag === 'O' ? 0 : (typeBias[tag.slice(2)] ?? 0)));
}

/** The emissions with `oBias` taken from `O` and each type's bias added to its tags; the same array if none. */
export function biasTags(emissions: Float64Array, oBias: number, typeBias: TypeBias = {}): Float64Array {
  const biases = tagBiases(typeBias);
  if (biases.every((b) => b === 0)) return biasOutside(emissions, oBias);
  const out = Float64Array.from(emissions);
  for (let at = 0; at < out.length; at++) out[at] += biases[at % TAG_COUNT];
  for (let at = O; at < out.length; at += TAG_COUNT) out[at] -= oBias;
  return out;
}
