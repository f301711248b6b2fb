import { normalizeForMatch } from '../text/normalize.js';

const MIN_WORD = 3;
const words = (sentence: string) =>
  new Set(
    normalizeForMatch(sentence)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= MIN_WORD),
  );

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The most central supporting sentence: the highest average word overlap with the sentences of the other
 * reports (or, with one report, its other mentions); ties go to the shorter sentence.
 */
export function centralSentence(mentions: { doc: string; sentence: string }[]): string {
  const unique = [...new Map(mentions.map((m) => [`${m.doc}\u0000${m.sentence}`, m])).values()];
  const sets = unique.map((m) => words(m.sentence));
  let best = 0;
  let bestScore = -1;
  unique.forEach((m, i) => {
    const others = unique.flatMap((o, k) =>
      k !== i && (o.doc !== m.doc || unique.every((u) => u.doc === m.doc)) ? [k] : [],
    );
    const score =
      others.length === 0 ? 0 : others.reduce((sum, k) => sum + jaccard(sets[i], sets[k]), 0) / others.length;
    if (score > bestScore || (score === bestScore && m.sentence.length < unique[best].sentence.length))
      [best, bestScore] = [i, score];
  });
  return unique[best]?.sentence ?? '';
}
