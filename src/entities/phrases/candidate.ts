import type { EntityType } from '../../types.js';

/**
 * A phrase a rule proposes: tokens [first, last] of one sentence (indices into segments.tokens), its type,
 * and how many display characters of the first token to leave out (a proclitic before the head).
 */
export interface Candidate {
  first: number;
  last: number;
  type: EntityType;
  cut: number;
  /** The rule that proposed it, for the evaluator's tallies. */
  rule:
    | 'org-head'
    | 'media-tail'
    | 'place-head'
    | 'place-joined'
    | 'place-name-word'
    | 'place-including'
    | 'direction'
    | 'province';
}
