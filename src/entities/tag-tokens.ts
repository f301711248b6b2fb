import { tagSentence } from './ner/tag-sentence.js';

/**
 * Tags one pre-tokenized sentence with BIO tags over ANERcorp's type names (B-PERS, I-ORG, ..., O):
 * one tag per input word, from the learned tagger (src/entities/ner), loaded once per process.
 */
export function tagTokens(words: string[]): string[] {
  return tagSentence(words);
}
