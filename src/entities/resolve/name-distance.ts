/**
 * Weighted edit distance between two names (the `plain` words of `nameKey` joined by a space), cheap where
 * transliterations differ: a long-vowel letter, hamza, final ه or a space added or dropped costs 0.25,
 * ه ↔ ا (أثينة/أثينا) and two letters of one alternation (غ/ج, ص/س) 0.25, one long vowel for another
 * (ميشيل/ميشال) 0.5, anything else 1.
 * Two forms in the same skeleton block are the same name when the distance is within the type's limit.
 */
import type { EntityType } from '../../types.js';
import { alikeUnits, digraphs, inCrossSet } from './cross-alternations.js';
import { foldLetter } from './name-key.js';

const SOFT = new Set(['ا', 'و', 'ي', 'ء', ' ']);
const VOWEL = new Set(['ا', 'و', 'ي']);

function indelCost(s: string, i: number): number {
  const ch = s[i];
  return SOFT.has(ch) || (ch === 'ه' && (i === s.length - 1 || s[i + 1] === ' ')) ? 0.25 : 1;
}

/** `a` and `b` are letters; `foldedA` and `foldedB` their `foldLetter`; `cross`: both are letters of a cross set. */
function substCost(a: string, b: string, foldedA: string, foldedB: string, cross: boolean): number {
  if (a === b) return 0;
  if ((a === 'ه' && b === 'ا') || (a === 'ا' && b === 'ه') || foldedA === foldedB) return 0.25;
  if (cross && alikeUnits(a, b)) return 0.25;
  return VOWEL.has(a) && VOWEL.has(b) ? 0.5 : 1;
}

/** Per UTF-16 unit, as the table indexes the strings. */
const indelCosts = (s: string) => Array.from({ length: s.length }, (_, i) => indelCost(s, i));
const foldedLetters = (s: string) => Array.from({ length: s.length }, (_, i) => foldLetter(s[i]));
const crossLetters = (s: string) => Array.from({ length: s.length }, (_, i) => inCrossSet(s[i]));

/** The digraph (تش) that ends at each 1-based position of `s`, or undefined. */
function digraphEnds(s: string): (string | undefined)[] {
  const ends: (string | undefined)[] = new Array(s.length + 1);
  for (const d of digraphs()) {
    for (let at = s.indexOf(d); at >= 0; at = s.indexOf(d, at + 1)) ends[at + d.length] = d;
  }
  return ends;
}

const hasDigraph = (s: string) => digraphs().some((d) => s.includes(d));

/**
 * Two rows of the table (three when a digraph such as تش is written: it may stand for one letter of the
 * other name, ج or چ, at an alternation's cost), the costs of every letter and its folded letter computed
 * once (it runs per pair of forms).
 */
export function nameDistance(a: string, b: string): number {
  const [costA, costB] = [indelCosts(a), indelCosts(b)];
  const [foldedB, crossB] = [foldedLetters(b), crossLetters(b)];
  const digraph = hasDigraph(a) || hasDigraph(b);
  const [endsA, endsB] = digraph ? [digraphEnds(a), digraphEnds(b)] : [[], []];
  let prev2 = new Float64Array(b.length + 1);
  let prev = new Float64Array(b.length + 1);
  let row = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1] + costB[j - 1];
  for (let i = 1; i <= a.length; i++) {
    const [ch, folded, cost, cross] = [a[i - 1], foldLetter(a[i - 1]), costA[i - 1], inCrossSet(a[i - 1])];
    row[0] = prev[0] + cost;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j] + cost,
        row[j - 1] + costB[j - 1],
        prev[j - 1] + substCost(ch, b[j - 1], folded, foldedB[j - 1], cross && crossB[j - 1]),
      );
      if (digraph)
        row[j] = Math.min(
          row[j],
          digraphCost(endsA[i], b[j - 1], prev2[j - 1]),
          digraphCost(endsB[j], ch, prev[j - 2]),
        );
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length];
}

/** A digraph ending here against one letter of the other name: an alternation's cost when they write one sound. */
function digraphCost(unit: string | undefined, letter: string, before: number | undefined): number {
  return unit !== undefined && before !== undefined && alikeUnits(unit, letter)
    ? before + 0.25
    : Number.POSITIVE_INFINITY;
}

/** Largest distance accepted, per type; short names (skeleton of 3 letters or fewer) allow one soft change. */
const LIMIT: Record<EntityType, number> = { PER: 1, LOC: 0.75, ORG: 0.75, MISC: 0.75 };
const SHORT_LIMIT = 0.25;
const SHORT_SKELETON = 3;

/** The largest `nameDistance` at which two spellings of this skeleton and type are one name. */
export function distanceLimit(skeleton: string, type: EntityType): number {
  const letters = skeleton.replace(/ /g, '').length;
  return letters <= SHORT_SKELETON ? SHORT_LIMIT : Math.min(LIMIT[type], 0.2 * letters);
}

export function sameName(a: string, b: string, skeleton: string, type: EntityType): boolean {
  return nameDistance(a, b) <= distanceLimit(skeleton, type);
}
