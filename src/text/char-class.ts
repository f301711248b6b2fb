/**
 * Character classes of UTF-16 code units for hot loops (tokenizer, line features): a table filled lazily
 * from the Unicode property escapes, so each distinct character costs a few regex tests once and a table
 * read afterwards. A surrogate pair is classed by its code point, uncached.
 */
export const WORD = 1; // \p{L} \p{M} \p{N}
export const LETTER = 2; // \p{L}
export const ARABIC = 4; // \p{Script=Arabic}
export const DIGIT = 8; // \p{N}
export const SPACE = 16; // \s
/** Table value of a character not classed yet: call classAt. */
export const UNKNOWN = 0x80;

const TESTS: [RegExp, number][] = [
  [/[\p{L}\p{M}\p{N}]/u, WORD],
  [/\p{L}/u, LETTER],
  [/\p{Script=Arabic}/u, ARABIC],
  [/\p{N}/u, DIGIT],
  [/\s/u, SPACE],
];
/** Classes by code unit, UNKNOWN until first seen; read it directly in hot loops, falling back to classAt. */
export const TABLE = new Uint8Array(0x10000).fill(UNKNOWN);

function compute(ch: string): number {
  let bits = 0;
  for (const [re, bit] of TESTS) if (re.test(ch)) bits |= bit;
  return bits;
}

/** Classes of the character at `i` (of the whole code point when `i` starts a surrogate pair). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const cached = TABLE[c];
  if (cached !== UNKNOWN) return cached;
  if (c >= 0xd800 && c <= 0xdbff) return compute(String.fromCodePoint(text.codePointAt(i) ?? c));
  const bits = c >= 0xdc00 && c <= 0xdfff ? 0 : compute(String.fromCharCode(c));
  TABLE[c] = bits;
  return bits;
}

/** Code units of the character at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ? 2
    : 1;
}
