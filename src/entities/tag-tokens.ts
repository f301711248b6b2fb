import { tagSentence, tagSentences } from './ner/tag-sentence.js';
import { applyPostPasses, DEFAULT_POST, type PostPass } from './ner-post/index.js';

/**
 * Tags one pre-tokenized sentence with BIO tags over ANERcorp's type names (B-PERS, I-ORG, ..., O):
 * one tag per input word, from the learned tagger (src/entities/ner), loaded once per process.
 */
export function tagTokens(words: string[]): string[] {
  return tagSentence(words);
}

/**
 * Tags the sentences of one document (in order) together: the tagger's second pass reads how the first
 * pass tagged the same word forms in nearby sentences, so a name is tagged alike across the document.
 */
export function tagTokenSentences(sentences: string[][]): string[][] {
  return tagSentences(sentences);
}

/**
 * What `masar ner` writes: the tagger's tags of one document's sentences, then the pipeline's post-passes
 * over them (src/entities/ner-post; by default the place rules and the known-name pass, `[]` for none).
 */
export function tagConllSentences(sentences: string[][], post: PostPass[] = DEFAULT_POST): string[][] {
  return applyPostPasses(sentences, tagSentences(sentences), post);
}
