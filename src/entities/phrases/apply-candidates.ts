/**
 * Puts the phrases the rules propose among the tagger's mentions: a phrase where the tagger has nothing
 * becomes a mention; a phrase holding tagger mentions replaces them (their span widened, or their type set to
 * the phrase's: «سوريا» inside «قوات سوريا الديمقراطية»); a phrase that a tagger mention crosses (starts
 * inside it and ends outside, or the reverse) is dropped, the tagger's span kept. New and widened mentions are
 * marked `found: 'phrase'`. Mentions are compared by token ranges, so a proclitic cut does not matter.
 */
import type { EntityMention, Token } from '../../types.js';
import type { Candidate } from './candidate.js';
import type { MentionAt } from './find-org-phrases.js';

const MARK = /[\p{Mn}\u0640]/u;

/** Display characters of a token's first `letters` letters (marks after them included). */
function displayCut(token: Token, letters: number): number {
  let [seen, k] = [0, 0];
  while (k < token.text.length && seen < letters) if (!MARK.test(token.text[k++])) seen++;
  while (k < token.text.length && MARK.test(token.text[k])) k++;
  return k < token.text.length ? k : 0;
}

/** Token range [first, last] of each mention (by offsets), keyed by the first token. */
export function mentionsByToken(tokens: Token[], mentions: EntityMention[]): MentionAt {
  const at: MentionAt = new Map();
  let t = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    while (t < tokens.length && tokens[t].end <= mention.start) t++;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1].start < mention.end) last++;
    if (t < tokens.length) at.set(t, { last, mention });
  }
  return at;
}

function toMention(text: string, tokens: Token[], c: Candidate): EntityMention {
  const first = tokens[c.first];
  const start = first.start + displayCut(first, c.cut);
  const end = tokens[c.last].end;
  const key = tokens
    .slice(c.first, c.last + 1)
    .map((t) => t.stem)
    .join(' ');
  return {
    start,
    end,
    text: text.slice(start, end),
    type: c.type,
    key,
    sentence: first.sentence,
    found: 'phrase',
  };
}

/**
 * The mentions with the candidates applied (see the module comment), in text order; counts what changed.
 * The token ranges of the mentions are found once and kept up to date as candidates apply (a long article
 * has thousands of candidates: a scan of its tokens for each was quadratic).
 */
export function applyCandidates(
  text: string,
  tokens: Token[],
  mentions: EntityMention[],
  candidates: Candidate[],
  applied: Candidate[] = [],
): EntityMention[] {
  let current = mentions;
  const at = mentionsByToken(tokens, mentions);
  for (const c of candidates) {
    const overlapping: { first: number; last: number; mention: EntityMention }[] = [];
    for (const [first, { last, mention }] of at)
      if (first <= c.last && last >= c.first) overlapping.push({ first, last, mention });
    if (overlapping.some((r) => r.first < c.first || r.last > c.last)) continue;
    const same = overlapping.find((r) => r.first === c.first && r.last === c.last);
    if (same && same.mention.type === c.type) continue;
    const gone = new Set(overlapping.map((r) => r.mention));
    const mention = toMention(text, tokens, c);
    current = [...current.filter((m) => !gone.has(m)), mention];
    for (const r of overlapping) at.delete(r.first);
    at.set(c.first, { last: c.last, mention });
    applied.push(c);
  }
  return current.sort((a, b) => a.start - b.start);
}
