/** Emission scores of a sentence: the sum of each token's feature rows, n × TAG_COUNT. */
import type { NerModel } from './model.js';
import { TAG_COUNT } from './tags.js';

export function emissionScores(model: NerModel, features: string[][]): Float64Array {
  const scores = new Float64Array(features.length * TAG_COUNT);
  features.forEach((list, i) => {
    for (const name of list) {
      const row = model.index.get(name);
      if (row === undefined) continue;
      for (let t = 0; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t] += model.weights[row * TAG_COUNT + t];
    }
  });
  return scores;
}
