/**
 * Feature extraction for the tagger. Word features (normalized form, base, affixes, shape, gazetteer
 * labels, unlabeled-news statistics, cluster prefixes) are strings, hashed once per word form; context
 * features (neighbours ±2, their affixes, gazetteer labels and spans, clusters, word pairs) are ids mixed
 * from the neighbours' precomputed hashes, `featureId(template, ...values)` without building strings.
 * Tag-to-tag features live in the decoder; first-pass tag features in stack-features.ts.
 */
import { featureId, hashString, mixHash } from './hash.js';
import { makeView, NO_LEX, type TokenView } from './view-tokens.js';

export { type Clusters, type Lexicon, type TokenView, viewTokens } from './view-tokens.js';

export function shapeOf(word: string): string {
  if (/^\p{N}+([.,٫٬]\p{N}+)*$/u.test(word)) return 'num';
  if (/\p{N}/u.test(word)) return 'hasnum';
  if (/^\p{Script=Latin}+$/u.test(word)) return /^\p{Lu}/u.test(word) ? 'Latin' : 'latin';
  if (/^\p{P}+$/u.test(word)) return 'punct';
  if (/^[\p{Script=Arabic}\p{M}]+$/u.test(word)) return 'ar';
  return 'mixed';
}

/** Features of the word form alone (the same wherever it occurs: cacheable per word). */
export function wordFeatures(v: TokenView, word: string): string[] {
  const { norm, base } = v;
  const f = ['b', `w=${norm}`, `s=${base}`, `sh=${shapeOf(word)}`, `len=${Math.min(base.length, 8)}`];
  for (let n = 1; n <= 3; n++)
    f.push(`p${n}=${norm.slice(0, n)}`, `x${n}=${norm.slice(-n)}`, `sx${n}=${base.slice(-n)}`);
  f.push(`sp2=${base.slice(0, 2)}`, `sp3=${base.slice(0, 3)}`, `sx4=${base.slice(-4)}`);
  for (let k = 0; k + 3 <= base.length; k++) f.push(`c3=${base.slice(k, k + 3)}`);
  for (const g of v.gaz) f.push(`g0=${g}`);
  const [al, fq, left, right] = v.lex ?? NO_LEX;
  f.push(`la=${al}`, `lf=${fq}`, `ll=${left}`, `lr=${right}`);
  for (const [k, c] of v.cl.entries()) f.push(`k${k}=${c}`);
  for (const d of v.dims) f.push(`d=${d}`);
  for (const d of v.dic) f.push(`dc=${d}`);
  return f;
}

/** Ids of the word features. */
export function wordFeatureIds(v: TokenView, word: string): number[] {
  return wordFeatures(v, word).map((f) => hashString(f));
}

const BOUNDARY: TokenView = makeView('<s>', '<s>', [], undefined, ['<s>', '<s>', '<s>']);
const T = Object.fromEntries(
  [
    ...['x2-1', 'x2+1', 'p2+1', 's-1|s', 's-2', 's+2', 'w-2', 'w-1', 'w1', 'w2', 's-1', 's+1'],
    ...['w-1|w', 'w|w+1', 'g-2', 'g-1', 'g1', 'gs-1', 'gs0', 'gs1', 'first', 'la|s-1'],
    ...['k1-1', 'k1+1', 'k0-2', 'k0+2', 'k1-1|k1', 'k1|k1+1', 'q', 'dc-1', 'dc+1', 'dc|dc+1'],
    ...['nl-1', 'nl0', 'nl1'],
  ].map((name) => [name, hashString(name)]),
);
const spanHashes = new Map<string, number>();
const spanHash = (span: string) =>
  spanHashes.get(span) ?? spanHashes.set(span, hashString(span)).get(span) ?? 0;

/**
 * Context feature ids of token `i`, appended to `out`: neighbours ±2, triggers before it, spans, clusters,
 * and its place in a quoted stretch (`quotes`: find-quotes.ts marks of the sentence).
 */
export function contextFeatureIds(
  views: TokenView[],
  i: number,
  out: number[],
  quotes?: Uint8Array,
): number[] {
  const n = views.length;
  const vm1 = i > 0 ? views[i - 1] : BOUNDARY;
  const vp1 = i + 1 < n ? views[i + 1] : BOUNDARY;
  const m2 = (i > 1 ? views[i - 2] : BOUNDARY).h;
  const p2 = (i + 2 < n ? views[i + 2] : BOUNDARY).h;
  const m1 = vm1.h;
  const me = views[i].h;
  const p1 = vp1.h;
  out.push(mixHash(T['x2-1'], m1.x2), mixHash(T['x2+1'], p1.x2), mixHash(T['p2+1'], p1.p2));
  out.push(
    mixHash(mixHash(T['s-1|s'], m1.base), me.base),
    mixHash(T['s-2'], m2.base),
    mixHash(T['s+2'], p2.base),
  );
  out.push(
    mixHash(T['w-2'], m2.norm),
    mixHash(T['w-1'], m1.norm),
    mixHash(T.w1, p1.norm),
    mixHash(T.w2, p2.norm),
  );
  out.push(mixHash(T['s-1'], m1.base), mixHash(T['s+1'], p1.base));
  out.push(mixHash(mixHash(T['w-1|w'], m1.norm), me.norm), mixHash(mixHash(T['w|w+1'], me.norm), p1.norm));
  for (const g of m2.gaz) out.push(mixHash(T['g-2'], g));
  for (const g of m1.gaz) out.push(mixHash(T['g-1'], g));
  for (const g of p1.gaz) out.push(mixHash(T.g1, g));
  if (vm1.span) out.push(mixHash(T['gs-1'], spanHash(vm1.span)));
  if (views[i].span) out.push(mixHash(T.gs0, spanHash(views[i].span)));
  if (vp1.span) out.push(mixHash(T.gs1, spanHash(vp1.span)));
  if (i === 0) out.push(T.first);
  out.push(mixHash(mixHash(T['la|s-1'], me.la), m1.base));
  out.push(mixHash(T['k1-1'], m1.cl1), mixHash(T['k1+1'], p1.cl1), mixHash(T['k0-2'], m2.cl0));
  out.push(mixHash(T['k0+2'], p2.cl0), mixHash(mixHash(T['k1-1|k1'], m1.cl1), me.cl1));
  out.push(mixHash(mixHash(T['k1|k1+1'], me.cl1), p1.cl1));
  if (quotes?.[i]) out.push(mixHash(T.q, quotes[i]));
  if (me.dic) {
    out.push(mixHash(T['dc-1'], m1.dic), mixHash(T['dc+1'], p1.dic));
    out.push(mixHash(mixHash(T['dc|dc+1'], me.dic), p1.dic));
  }
  return out;
}

const labelHashes = new Map<string, number>();
const labelHash = (label: string) =>
  labelHashes.get(label) ?? labelHashes.set(label, hashString(label)).get(label) ?? 0;

/**
 * Name-likeness feature ids of token `i` (name-likeness.ts bucket labels of each token of the sentence,
 * `labels`), of the token and (unless `neighbours` is false) of its ±1 neighbours, appended to `out`. A
 * model trained without the neighbours' ids simply has no rows for them at run time.
 */
export function nameFeatureIds(labels: string[][], i: number, out: number[], neighbours = true): number[] {
  for (const [d, template] of [
    [-1, T['nl-1']],
    [0, T.nl0],
    [1, T.nl1],
  ]) {
    if (d !== 0 && !neighbours) continue;
    for (const label of labels[i + d] ?? []) out.push(mixHash(template, labelHash(label)));
  }
  return out;
}

/** All feature ids of token `i`. */
export function tokenFeatureIds(
  views: TokenView[],
  words: string[],
  i: number,
  quotes?: Uint8Array,
): number[] {
  return contextFeatureIds(views, i, wordFeatureIds(views[i], words[i]), quotes);
}

export { featureId };
