/** Tags one pre-tokenized sentence with the learned model: features → emission scores → Viterbi. */
import { viterbi } from './decode.js';
import { viewTokens } from './features.js';
import { type Gazetteers, loadGazetteers } from './gazetteers.js';
import { loadModel, type NerModel } from './model.js';
import { emissionScores } from './score.js';
import { TAGS } from './tags.js';

export function tagSentence(
  words: string[],
  model: NerModel = loadModel(),
  gaz: Gazetteers = loadGazetteers(),
): string[] {
  if (words.length === 0) return [];
  const scores = emissionScores(model, viewTokens(words, gaz, model.lexicon), words);
  return Array.from(viterbi(scores, model.transitions, words.length), (t) => TAGS[t]);
}
