/**
 * The text of a .jsonl record is already the article, extracted by the producer's scraper: only the furniture
 * scrapers most often leave inside bodies is dropped: related-article teasers («قد يهمك: …») and, after one,
 * the paragraphs of the teased report that another input of the batch holds (./mark-teaser-excerpts.ts), kept
 * with their reason. No other rule runs (a short line of a record is as likely a subheading as a button;
 * captions and repeats are the producer's call).
 */
import type { CleanResult } from '../types.js';
import { describeLine } from './line-features.js';
import { type LineRule, teaser } from './line-rules.js';
import { markTeaserExcerpts } from './mark-teaser-excerpts.js';

const RECORD_RULES: readonly LineRule[] = [teaser];
const BLANK_RUNS = /\n{3,}/g;

export function cleanRecordText(text: string, title: string, sharedLines?: ReadonlySet<string>): CleanResult {
  const raw = text.split('\n');
  const lines = raw.map((line, i) => describeLine(line.trim(), i));
  const verdicts = lines.map((info) =>
    info.text === '' ? null : (RECORD_RULES.map((rule) => rule(info)).find((r) => r !== null) ?? null),
  );
  markTeaserExcerpts(lines, verdicts, sharedLines);
  const kept = raw.filter((_, i) => verdicts[i] === null);
  const dropped = raw.flatMap((line, i) => {
    const reason = verdicts[i];
    return reason ? [{ text: line.trim(), reason }] : [];
  });
  return {
    title,
    text: kept.join('\n').replace(BLANK_RUNS, '\n\n').trim(),
    dropped,
    lang: 'ar',
    dir: 'rtl',
  };
}
