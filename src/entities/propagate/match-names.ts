/**
 * Every place in a text where a known name (./index-known-names.ts) is written: a run of words joined by
 * spaces whose word skeletons form a known key, the first word with or without its proclitics, judged by
 * ./judge-span.ts. At each word and length the closest name wins; a tie goes to the longer proclitic cut
 * (والأسد → الأسد). Matches may overlap: ./choose-mentions.ts decides. Each distinct word and span is judged
 * once per story (a word's starts, a span's judgement are remembered), so the scan costs a lookup a word.
 */
import { normalizeForMatch } from '../../text/normalize.js';
import { FUNCTION_WORDS } from './constants.js';
import type { KnownIndex } from './index-known-names.js';
import { closestName, type Judgement } from './judge-span.js';
import { cutsOf, joined, type Word, wordSkeleton, wordsOf } from './word-keys.js';

export interface NameMatch extends Judgement {
  start: number;
  end: number;
}

/** A way the word may start a known name: its cut, its skeleton, its judgement as a name alone. */
interface Start {
  at: number;
  skeleton: string;
  alone: Judgement | null;
  /** Whether the skeleton starts a longer key. */
  longer: boolean;
}

interface WordInfo {
  skeleton: string;
  /** A span never ends with a function word (./constants.ts). */
  functionWord: boolean;
  starts: Start[];
}

interface Scan {
  index: KnownIndex;
  words: Map<string, WordInfo>;
  spans: Map<string, Judgement | null>;
}

function infoOf(scan: Scan, word: string): WordInfo {
  let info = scan.words.get(word);
  if (info === undefined) {
    const { names, prefixes } = scan.index;
    const starts = cutsOf(word)
      .filter((c) => names.has(c.skeleton) || prefixes.has(c.skeleton))
      .filter((c) => !FUNCTION_WORDS.has(normalizeForMatch(word.slice(c.at))))
      .map((c) => {
        const candidates = names.get(c.skeleton);
        const alone = candidates ? closestName(word.slice(c.at), candidates) : null;
        return { at: c.at, skeleton: c.skeleton, alone, longer: prefixes.has(c.skeleton) };
      });
    info = {
      skeleton: wordSkeleton(word),
      functionWord: FUNCTION_WORDS.has(normalizeForMatch(word)),
      starts,
    };
    scan.words.set(word, info);
  }
  return info;
}

/** The judgement of the span from `start` to `end`, when its key is a known one. */
function judgeSpan(scan: Scan, text: string, start: number, end: number, key: string): Judgement | null {
  const candidates = scan.index.names.get(key);
  if (!candidates) return null;
  const span = text.slice(start, end);
  let found = scan.spans.get(span);
  if (found === undefined) {
    found = closestName(span, candidates);
    scan.spans.set(span, found);
  }
  return found;
}

/** Puts a match among `out[first..]`, replacing one that ends at the same place unless that one is closer. */
function keepBest(out: NameMatch[], first: number, match: NameMatch): void {
  for (let k = first; k < out.length; k++) {
    if (out[k].end !== match.end) continue;
    if (match.distance <= out[k].distance) out[k] = match;
    return;
  }
  out.push(match);
}

/** Adds to `out` the best match of each length that starts at word `i`. */
function matchAt(
  text: string,
  words: Word[],
  infos: WordInfo[],
  i: number,
  scan: Scan,
  out: NameMatch[],
): void {
  const first = out.length;
  for (const s of infos[i].starts) {
    const start = words[i].start + s.at;
    if (s.alone) keepBest(out, first, { ...s.alone, start, end: words[i].end });
    let key = s.skeleton;
    for (let j = i + 1; j < words.length && joined(text, words[j - 1], words[j]); j++) {
      if (!scan.index.prefixes.has(key)) break;
      key = `${key} ${infos[j].skeleton}`;
      if (infos[j].functionWord) continue;
      const found = judgeSpan(scan, text, start, words[j].end, key);
      if (found) keepBest(out, first, { ...found, start, end: words[j].end });
    }
  }
}

/** A matcher over one index: call it on every text of the story (it remembers what it judged). */
export function nameMatcher(index: KnownIndex): (text: string) => NameMatch[] {
  const scan: Scan = { index, words: new Map(), spans: new Map() };
  return (text) => {
    const words = wordsOf(text);
    const infos = words.map((w) => infoOf(scan, w.text));
    const matches: NameMatch[] = [];
    for (let i = 0; i < words.length; i++)
      if (infos[i].starts.length > 0) matchAt(text, words, infos, i, scan, matches);
    return matches;
  };
}
