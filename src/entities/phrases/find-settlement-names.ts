/**
 * A name right after an indefinite head of a settlement (مدينة، بلدة، قرية، حي، مخيم، ناحية) is a place,
 * whatever type the tagger gave it: «مدينة نوى» tagged ORG, «بلدة عرسال» tagged PER, «حي الشيخ مقصود» tagged
 * PER are places. The place-head rule (./find-place-phrases.ts) leaves the tagger's other types alone, and so
 * does the `places` post-pass of `masar ner` that shares it; this rule runs in the entities stage only.
 * General knowledge of Arabic news style: these heads name inhabited places only (not قاعدة، مطار, whose
 * names are often people's: مطار الملك خالد).
 */
import type { Token } from '../../types.js';
import type { Candidate } from './candidate.js';
import type { MentionAt } from './find-org-phrases.js';
import { bareKey } from './load-phrase-words.js';
import { adjacent, isWord, shapeOf } from './word-shape.js';

const SETTLEMENT_HEADS: ReadonlySet<string> = new Set(
  ['مدينة', 'بلدة', 'قرية', 'حي', 'مخيم', 'ناحية'].map(bareKey),
);

/** LOC over each tagger mention of another type that follows a settlement head. */
export function findSettlementNames(text: string, tokens: Token[], mentionAt: MentionAt): Candidate[] {
  const found: Candidate[] = [];
  for (const [first, { last, mention }] of mentionAt) {
    const head = tokens[first - 1];
    if (mention.type === 'LOC' || !head || head.sentence !== tokens[first].sentence) continue;
    if (!isWord(head) || !adjacent(text, head, tokens[first]) || mention.start > tokens[first].start)
      continue;
    const { article, bare } = shapeOf(head);
    if (article || !SETTLEMENT_HEADS.has(bare)) continue;
    found.push({ first, last, type: 'LOC', cut: 0, rule: 'place-head' });
  }
  return found;
}
