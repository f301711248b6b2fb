/**
 * The subset of the phrase rules (src/entities/phrases) that raised CoNLL F1 on ANERcorp dev folds
 * (data/ner/README.md, "Post-passes"): the form-based rejections and the place-head rule (a place head noun
 * such as مدينة or محافظة followed by a name → LOC). Organization phrases are left out: ANERcorp does not tag
 * descriptive organizations (وزارة الدفاع، مجلس النواب are O there) nor the head before a name (صحيفة).
 * Composed from the phrase step's own parts, in its order.
 */
import type { EntityMention, Segments } from '../../types.js';
import { applyCandidates, mentionsByToken } from '../phrases/apply-candidates.js';
import { findPlacePhrases } from '../phrases/find-place-phrases.js';
import { rejectFalsePositives } from '../phrases/reject-false-positives.js';

export function applyPlaceRules(text: string, segments: Segments, tagged: EntityMention[]): EntityMention[] {
  const { tokens } = segments;
  const kept = rejectFalsePositives(tokens, tagged, mentionsByToken(tokens, tagged));
  const places = findPlacePhrases(text, tokens, mentionsByToken(tokens, kept));
  return applyCandidates(
    text,
    tokens,
    kept,
    places.filter((c) => c.rule === 'place-head'),
  );
}
