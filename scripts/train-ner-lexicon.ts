/**
 * Word statistics from unlabeled Arabic news (ANT v2.1 dev texts in ../shared, read only as plain text, no
 * labels) that the tagger uses as features for words it never saw tagged: how often the word takes the
 * article (names seldom do), how frequent it is, and its most frequent left and right neighbours.
 * Only words seen at least MIN_COUNT times are kept; the table ships inside the model file.
 */
import { readFileSync } from 'node:fs';
import { normalizeForMatch } from '../src/text/normalize.js';

const MIN_COUNT = 3;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function countText(texts: string[]) {
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const text of texts) {
    let prev = '<s>';
    for (const [raw] of text.matchAll(WORD)) {
      const word = normalizeForMatch(raw);
      counts.set(word, (counts.get(word) ?? 0) + 1);
      const pair = `${prev}\t${word}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      prev = word;
    }
  }
  return { counts, pairs };
}

function topNeighbours(pairs: Map<string, number>, counts: Map<string, number>) {
  const left = new Map<string, [string, number]>();
  const right = new Map<string, [string, number]>();
  for (const [pair, n] of pairs) {
    if (n < 2) continue;
    const [a, b] = pair.split('\t');
    if ((left.get(b)?.[1] ?? 0) < n) left.set(b, [a, n]);
    if ((counts.get(a) ?? 0) >= MIN_COUNT && (right.get(a)?.[1] ?? 0) < n) right.set(a, [b, n]);
  }
  return { left, right };
}

/** Title and text of every record of a news jsonl file. */
export function readNewsTexts(jsonlPath: string): string[] {
  return readFileSync(jsonlPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const record = JSON.parse(line) as { title?: string; text?: string };
      return `${record.title ?? ''}\n${record.text ?? ''}`;
    });
}

/** Normalized words of each line of the texts (punctuation dropped). */
export function newsSentences(texts: string[]): string[][] {
  return texts.flatMap((text) =>
    text.split('\n').map((line) => Array.from(line.matchAll(WORD), ([raw]) => normalizeForMatch(raw))),
  );
}

const bucket = (ratio: number) =>
  ratio === 0 ? '0' : ratio < 0.05 ? '1' : ratio < 0.3 ? '2' : ratio < 0.7 ? '3' : '4';

/** word → [article-ratio bucket, log2 frequency, top left neighbour, top right neighbour]. */
export function buildLexicon(jsonlPath: string): Record<string, string[]> {
  const { counts, pairs } = countText(readNewsTexts(jsonlPath));
  const { left, right } = topNeighbours(pairs, counts);
  const lexicon: Record<string, string[]> = {};
  for (const [word, n] of counts) {
    if (n < MIN_COUNT || word.startsWith('ال')) continue;
    const withArticle = counts.get(`ال${word}`) ?? 0;
    const fq = String(Math.min(Math.floor(Math.log2(n)), 12));
    lexicon[word] = [
      bucket(withArticle / (withArticle + n)),
      fq,
      left.get(word)?.[0] ?? '',
      right.get(word)?.[0] ?? '',
    ];
  }
  return lexicon;
}
