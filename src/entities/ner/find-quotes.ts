/**
 * Quoted stretches of a sentence («...», "...", “...”): titles of programmes, newspapers, operations and
 * films are often quoted (MISC/ORG in ANERcorp). Per token: 0 outside, else a bit set of IN (inside a
 * quoted stretch of at most MAX_QUOTED tokens), FIRST (its first token) and LAST (its last token).
 * Quotes are read from the raw words, alone or glued to a word's edge.
 */
export const IN = 1;
export const FIRST = 2;
export const LAST = 4;
const MAX_QUOTED = 8;
const OPENING = /^[«“"']/u;
const CLOSING = /[»”"']$/u;

/** The index of the last quoted token of a stretch opening at `start`, or -1 when it does not close soon. */
function closingAt(words: string[], start: number): number {
  for (let k = start; k < Math.min(words.length, start + MAX_QUOTED + 1); k++) {
    if (!CLOSING.test(words[k])) continue;
    const lone = words[k].length === 1;
    if (lone && k === start) return -1;
    return lone ? k - 1 : k;
  }
  return -1;
}

export function findQuotes(words: string[]): Uint8Array {
  const marks = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    if (!OPENING.test(words[i])) continue;
    const start = words[i].length === 1 ? i + 1 : i;
    const end = closingAt(words, start);
    if (end < start) continue;
    for (let k = start; k <= end; k++) marks[k] |= IN;
    marks[start] |= FIRST;
    marks[end] |= LAST;
    i = end;
  }
  return marks;
}
