/**
 * Features of the second pass (stacking): the first pass's tags of the token and its neighbours, and how the
 * first pass tagged the same word form elsewhere in the document, within WINDOW sentences either side
 * (ANERcorp has no document marks; an article's sentences are its document in the pipeline). A name the
 * first pass found once in a clear context is then found again where its context is weak.
 */
import { hashString, mixHash } from './hash.js';
import { allNewsIds, type NewsTypes, newsFeatureIds } from './news-types.js';
import { stripArticle } from './proclitics.js';
import { TAGS } from './tags.js';
import type { TokenView } from './view-tokens.js';

export const WINDOW = 20;
const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'];
const [P0, PM1, PP1, DOC, DOC_B, DOC_I] = ['p0', 'p-1', 'p+1', 'd', 'dB', 'dI'].map((t) => hashString(t));
const BOUNDARY = hashString('<s>');
const TAG_HASH = TAGS.map((t) => hashString(t));
const TYPE_HASH = TYPES.map((t) => hashString(t));
const [LX_PREV, LX_OWN] = ['lx-1', 'lx0'].map((t) => hashString(t));
/** Coarse lexical classes of a word from its news statistics: article-ratio bucket × frequency band. */
const LEX_CLASSES = ['nonen', ...['0', '1', '2', '3', '4'].flatMap((a) => ['l', 'm', 'h'].map((f) => a + f))];
const LEX_HASH = new Map(LEX_CLASSES.map((c) => [c, hashString(c)]));

/** The word's coarse lexical class hash (the article ratio and frequency of views' `lex`). */
function lexClass(v: TokenView): number {
  if (!v.lex) return LEX_HASH.get('nonen') ?? 0;
  const f = Number(v.lex[1]);
  return LEX_HASH.get(v.lex[0] + (f < 4 ? 'l' : f < 8 ? 'm' : 'h')) ?? 0;
}

/** Every id the stack features can take (the second pass has a row for each). */
export function allStackIds(): number[] {
  const ids = [P0, PM1, PP1].flatMap((t) => TAG_HASH.map((h) => mixHash(t, h)));
  ids.push(...[PM1, PP1].map((t) => mixHash(t, BOUNDARY)));
  ids.push(...[DOC, DOC_B, DOC_I].flatMap((t) => TYPE_HASH.map((h) => mixHash(t, h))));
  ids.push(...allNewsIds());
  const lex = [...LEX_HASH.values()];
  ids.push(...[...TAG_HASH, BOUNDARY].flatMap((t) => lex.map((c) => mixHash(mixHash(LX_PREV, t), c))));
  ids.push(...TAG_HASH.flatMap((t) => lex.map((c) => mixHash(mixHash(LX_OWN, t), c))));
  return ids;
}

/** Sentence index and tag of each entity-tagged occurrence of a word form (and of its article-free form). */
function occurrences(views: TokenView[][], tags: Int32Array[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  const add = (key: string, s: number, i: number) => {
    const list = byKey.get(key);
    if (list) list.push(s, i, tags[s][i]);
    else byKey.set(key, [s, i, tags[s][i]]);
  };
  for (let s = 0; s < views.length; s++) {
    for (let i = 0; i < views[s].length; i++) {
      const { norm } = views[s][i];
      if (tags[s][i] === 0 || norm.length < 2) continue;
      add(norm, s, i);
      const bare = stripArticle(norm);
      if (bare !== norm) add(bare, s, i);
    }
  }
  return byKey;
}

/**
 * Doc features of token i of sentence s: each type (and B/I tag) given to its form nearby, once; `seen` is
 * the bit set of those already given, returned updated.
 */
function docFeatures(list: number[], s: number, i: number, window: number, out: number[], was = 0): number {
  let seen = was;
  for (let k = 0; k < list.length; k += 3) {
    if (Math.abs(list[k] - s) > window || (list[k] === s && list[k + 1] === i)) continue;
    const tag = list[k + 2] - 1;
    const type = tag >> 1;
    if (!(seen & (1 << type))) out.push(mixHash(DOC, TYPE_HASH[type]));
    if (!(seen & (1 << (4 + tag)))) out.push(mixHash(tag & 1 ? DOC_I : DOC_B, TYPE_HASH[type]));
    seen |= (1 << type) | (1 << (4 + tag));
  }
  return seen;
}

/**
 * Per sentence, per token, the stack feature ids from the first-pass tags of the whole document, and the
 * news type shares of the word (news-types.ts; `news` may differ per sentence while training).
 */
export function stackFeatureIds(
  views: TokenView[][],
  tags: Int32Array[],
  window = WINDOW,
  news?: NewsTypes | ((s: number) => NewsTypes),
): number[][][] {
  const byKey = occurrences(views, tags);
  return views.map((sentence, s) => {
    const t = tags[s];
    const table = typeof news === 'function' ? news(s) : news;
    return sentence.map((v, i) => {
      const out = [mixHash(P0, TAG_HASH[t[i]])];
      out.push(mixHash(PM1, i > 0 ? TAG_HASH[t[i - 1]] : BOUNDARY));
      out.push(mixHash(PP1, i + 1 < t.length ? TAG_HASH[t[i + 1]] : BOUNDARY));
      const lex = lexClass(v);
      out.push(mixHash(mixHash(LX_PREV, i > 0 ? TAG_HASH[t[i - 1]] : BOUNDARY), lex));
      out.push(mixHash(mixHash(LX_OWN, TAG_HASH[t[i]]), lex));
      const own = byKey.get(v.norm);
      const seen = own ? docFeatures(own, s, i, window, out) : 0;
      const bare = stripArticle(v.norm);
      const other = bare !== v.norm ? byKey.get(bare) : undefined;
      if (other) docFeatures(other, s, i, window, out, seen);
      if (table?.size) newsFeatureIds(table, [v.norm, bare], out);
      return out;
    });
  });
}
