/**
 * Tags pre-tokenized sentences with the learned model in two passes: features → emission scores →
 * Viterbi; then the same scores plus the weights of the first pass's tags of the whole document
 * (stack-features.ts) → Viterbi again. The sentences given together are one document (in order).
 */
import { biasOutside } from './bias-outside.js';
import { viterbi } from './decode.js';
import { type Gazetteers, loadGazetteers } from './gazetteers.js';
import { loadModel, type NerModel } from './model.js';
import { emissionScores, stackedScores } from './score.js';
import { stackFeatureIds } from './stack-features.js';
import { TAG_COUNT, TAGS } from './tags.js';
import { viewTokens } from './view-tokens.js';

export function tagSentences(
  sentences: string[][],
  model: NerModel = loadModel(),
  gaz: Gazetteers = loadGazetteers(),
): string[][] {
  const views = sentences.map((words) =>
    viewTokens(words, gaz, model.lexicon, model.clusters, model.dictionary, model.names),
  );
  const [first, second] = model.passes;
  const scores = sentences.map((words, s) => emissionScores(first, views[s], words));
  const tags = scores.map((e, s) => viterbi(e, first.transitions, sentences[s].length));
  if (!second) {
    const biased = scores.map((e, s) =>
      viterbi(biasOutside(e, model.oBias), first.transitions, sentences[s].length),
    );
    return biased.map((t) => Array.from(t, (k) => TAGS[k] as string));
  }
  const extra = stackFeatureIds(views, tags, undefined, model.news);
  const best = scores.map((e, s) =>
    viterbi(
      biasOutside(stackedScores(second, e, extra[s]), model.oBias),
      second.transitions,
      e.length / TAG_COUNT,
    ),
  );
  return best.map((tags) => Array.from(tags, (t) => TAGS[t] as string));
}

/** Tags one sentence on its own (a document of one sentence). */
export function tagSentence(words: string[], model?: NerModel, gaz?: Gazetteers): string[] {
  return tagSentences([words], model, gaz)[0];
}
