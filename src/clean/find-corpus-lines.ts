/**
 * Cheap corpus pre-pass for cleaning: the match keys of short lines that occur in at least `minDocs`
 * different documents of a batch (site slogans, newsletter boxes, copyright lines the per-page rules miss).
 * The clean stage is per document; a caller with the whole batch (CLI) passes the result as
 * `CleanOptions.corpusLines`. A long paragraph shared by two documents is a re-filed article, not furniture,
 * so only lines up to `maxWords` words count.
 */
import { describeLine } from './line-features.js';

export interface CorpusLineOptions {
  minDocs?: number;
  maxWords?: number;
}

export function findCorpusLines(
  texts: string[],
  { minDocs = 3, maxWords = 20 }: CorpusLineOptions = {},
): Set<string> {
  const docsByLine = new Map<string, number>();
  for (const text of texts) {
    const keys = new Set<string>();
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const info = describeLine(line, 0);
      if (info.words <= maxWords) keys.add(info.norm);
    }
    for (const key of keys) docsByLine.set(key, (docsByLine.get(key) ?? 0) + 1);
  }
  return new Set([...docsByLine].filter(([, n]) => n >= minDocs).map(([key]) => key));
}
