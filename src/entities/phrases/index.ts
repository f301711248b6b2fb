/**
 * The phrase step of the entities stage (docs/entities.md, "Phrase rules"): after the tagger, general rules
 * on the words' forms and on lists of general words fix what the tagger most often misses or gets wrong:
 * 1. mentions whose form says they are no name are dropped (./reject-false-positives.ts); two people joined
 *    by «و» in one person mention are split (./split-coordinated-names.ts);
 * 2. outlet names (./find-media-phrases.ts): a word + نيوز، برس، تايمز … → ORG;
 *    organization phrases (./find-org-phrases.ts): head noun + complement + adjectives → ORG;
 * 3. place phrases (./find-place-phrases.ts): head + name, ريف + name, name words, compass words → LOC;
 *    a name of any type after a settlement head (مدينة، بلدة، قرية، حي) → LOC (./find-settlement-names.ts);
 *    places named after «بما فيها» a plural place noun (./find-included-places.ts) → LOC;
 * 4. provinces of the Arabic-speaking countries (./find-provinces.ts) where nothing was found → LOC.
 * Added and widened mentions carry `found: 'phrase'`. Each rule sees the mentions the previous ones left.
 */
import type { EntityMention, Segments } from '../../types.js';
import { applyCandidates, mentionsByToken } from './apply-candidates.js';
import type { Candidate } from './candidate.js';
import { findIncludedPlaces } from './find-included-places.js';
import { findMediaPhrases } from './find-media-phrases.js';
import { findOrgPhrases } from './find-org-phrases.js';
import { findPlacePhrases } from './find-place-phrases.js';
import { findProvinces } from './find-provinces.js';
import { findSettlementNames } from './find-settlement-names.js';
import { type RejectRule, rejectFalsePositives } from './reject-false-positives.js';
import { splitCoordinatedNames } from './split-coordinated-names.js';

/** What the step did, for the evaluator: candidates applied by rule, mentions rejected by rule. */
export interface PhraseTally {
  applied: Candidate[];
  rejected: RejectRule[];
}

export function findPhraseMentions(
  text: string,
  segments: Segments,
  tagged: EntityMention[],
  tally: PhraseTally = { applied: [], rejected: [] },
): EntityMention[] {
  const { tokens } = segments;
  let mentions = rejectFalsePositives(tokens, tagged, mentionsByToken(tokens, tagged), tally.rejected);
  mentions = splitCoordinatedNames(text, tokens, mentions);
  const media = findMediaPhrases(text, tokens, mentionsByToken(tokens, mentions));
  mentions = applyCandidates(text, tokens, mentions, media, tally.applied);
  const org = findOrgPhrases(text, tokens, mentionsByToken(tokens, mentions));
  mentions = applyCandidates(text, tokens, mentions, org, tally.applied);
  const places = findPlacePhrases(text, tokens, mentionsByToken(tokens, mentions));
  mentions = applyCandidates(text, tokens, mentions, places, tally.applied);
  const settled = findSettlementNames(text, tokens, mentionsByToken(tokens, mentions));
  mentions = applyCandidates(text, tokens, mentions, settled, tally.applied);
  const included = findIncludedPlaces(tokens, mentionsByToken(tokens, mentions));
  mentions = applyCandidates(text, tokens, mentions, included, tally.applied);
  const covered = new Set<number>();
  for (const [first, { last }] of mentionsByToken(tokens, mentions))
    for (let i = first; i <= last; i++) covered.add(i);
  const provinces = findProvinces(text, tokens, (i) => covered.has(i));
  return applyCandidates(text, tokens, mentions, provinces, tally.applied);
}
