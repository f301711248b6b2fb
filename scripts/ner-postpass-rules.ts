/**
 * Analysis helper of scripts/ner-postpass-dev.ts: the phrase step (src/entities/phrases/index.ts) composed
 * again from its exported parts with a chosen subset of its rules, to tell which rules help on CoNLL dev.
 * Mirrors findPhraseMentions' order: rejections, organization phrases, place phrases, provinces.
 */
import { applyCandidates, mentionsByToken } from '../src/entities/phrases/apply-candidates.js';
import type { Candidate } from '../src/entities/phrases/candidate.js';
import { findOrgPhrases } from '../src/entities/phrases/find-org-phrases.js';
import { findPlacePhrases } from '../src/entities/phrases/find-place-phrases.js';
import { findProvinces } from '../src/entities/phrases/find-provinces.js';
import { rejectFalsePositives } from '../src/entities/phrases/reject-false-positives.js';
import type { EntityMention, Segments } from '../src/types.js';

export type PhraseRule = Candidate['rule'] | 'reject';
export const PHRASE_RULES: PhraseRule[] = [
  'reject',
  'org-head',
  'media-tail',
  'place-head',
  'place-joined',
  'place-name-word',
  'direction',
  'province',
];

export function phrasesWith(
  text: string,
  segments: Segments,
  tagged: EntityMention[],
  rules: Set<PhraseRule>,
): EntityMention[] {
  const { tokens } = segments;
  const keep = (cs: Candidate[]) => cs.filter((c) => rules.has(c.rule));
  let mentions = rules.has('reject')
    ? rejectFalsePositives(tokens, tagged, mentionsByToken(tokens, tagged), [])
    : tagged;
  const org = findOrgPhrases(text, tokens, mentionsByToken(tokens, mentions));
  mentions = applyCandidates(text, tokens, mentions, keep(org));
  const places = findPlacePhrases(text, tokens, mentionsByToken(tokens, mentions));
  mentions = applyCandidates(text, tokens, mentions, keep(places));
  const covered = new Set<number>();
  for (const [first, { last }] of mentionsByToken(tokens, mentions))
    for (let i = first; i <= last; i++) covered.add(i);
  return applyCandidates(text, tokens, mentions, keep(findProvinces(text, tokens, (i) => covered.has(i))));
}
