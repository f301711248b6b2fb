/**
 * The tag set of the tagger: BIO over ANERcorp's type names (PERS, ORG, LOC, MISC), and the BIO
 * constraint the decoder enforces: an `I-X` only continues a `B-X` or an `I-X`.
 */
export const TAGS = [
  'O',
  'B-PERS',
  'I-PERS',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** Index standing for "before the first token" in transition tables. */
export const START = TAG_COUNT;

export function tagIndex(tag: string): number {
  const index = (TAGS as readonly string[]).indexOf(tag);
  return index < 0 ? 0 : index;
}

/** Whether tag `cur` may follow tag `prev` (`START` at the beginning of a sentence). */
export function isAllowed(prev: number, cur: number): boolean {
  const tag = TAGS[cur];
  if (!tag.startsWith('I-')) return true;
  if (prev === START) return false;
  return TAGS[prev].slice(2) === tag.slice(2);
}

/** Repairs a tag sequence so it obeys BIO: an `I-X` that cannot continue becomes `B-X`. */
export function repairBio(tags: string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = tags[i - 1] ?? 'O';
    return prev.slice(2) === tag.slice(2) && prev !== 'O' ? tag : `B-${tag.slice(2)}`;
  });
}
