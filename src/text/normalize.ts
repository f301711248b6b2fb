/**
 * The one normalization used for matching by every stage and by search (never for display): see
 * docs/normalization.md and the rules in ./normalize-rules.ts. It runs in one pass over the UTF-16 code
 * units with a lookup table built once from the rules, so a key costs one scan and no regex.
 */
import { NORM_RULES } from './normalize-rules.js';

const TABLE: (string | undefined)[] = new Array(0x10000);
for (const rule of NORM_RULES) {
  rule.from.forEach((ch, i) => {
    TABLE[ch.charCodeAt(0)] = Array.isArray(rule.to) ? rule.to[i] : rule.to;
  });
}

/** Derived rules: other scripts' capitals lower-cased; Arabic presentation forms through NFKC, then the rules. */
const LOWERCASE_RANGES: [number, number][] = [
  [0xc0, 0x24f],
  [0x370, 0x3ff],
  [0x400, 0x52f],
];
const PRESENTATION_RANGES: [number, number][] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
];
for (const [from, to] of LOWERCASE_RANGES) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    if (TABLE[c] === undefined && ch.toLowerCase() !== ch) TABLE[c] = ch.toLowerCase();
  }
}
for (const [from, to] of PRESENTATION_RANGES) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    const compat = ch.normalize('NFKC');
    if (TABLE[c] === undefined && compat !== ch) TABLE[c] = applyTable(compat);
  }
}

/** Latin combining accents: a decomposed «é» must give the same key as a composed one. */
const LATIN_COMBINING = /[\u0300-\u036f]/;

function applyTable(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const mapped = TABLE[text.charCodeAt(i)];
    if (mapped === undefined) continue;
    out += text.slice(last, i) + mapped;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Match key of a text: every rule of docs/normalization.md applied in one pass. */
export function normalizeForMatch(text: string): string {
  return applyTable(LATIN_COMBINING.test(text) ? text.normalize('NFC') : text);
}

const DIGIT_ZERO = [0x0660, 0x06f0];

/** Arabic-Indic and Persian digits → ASCII, one for one (same length: offsets stay valid). */
export function mapDigits(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const zero = c >= 0x06f0 ? DIGIT_ZERO[1] : DIGIT_ZERO[0];
    if (c < 0x0660 || c - zero > 9 || c - zero < 0) continue;
    out += text.slice(last, i) + String.fromCharCode(0x30 + c - zero);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
