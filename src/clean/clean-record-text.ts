/**
 * The text of a .jsonl record is already the article, extracted by the producer's scraper: only the furniture
 * scrapers most often leave inside bodies is dropped: related-article teasers («قد يهمك: …»), kept with their
 * reason. No other rule runs (a short line of a record is as likely a subheading as a button; captions and
 * repeats are the producer's call).
 */
import type { CleanResult } from '../types.js';
import { describeLine } from './line-features.js';
import { type LineRule, teaser } from './line-rules.js';

const RECORD_RULES: readonly LineRule[] = [teaser];
const BLANK_RUNS = /\n{3,}/g;

export function cleanRecordText(text: string, title: string): CleanResult {
  const kept: string[] = [];
  const dropped: CleanResult['dropped'] = [];
  text.split('\n').forEach((line, i) => {
    const info = line.trim() === '' ? null : describeLine(line.trim(), i);
    const reason = info ? RECORD_RULES.map((rule) => rule(info)).find((r) => r !== null) : null;
    if (reason) dropped.push({ text: line.trim(), reason });
    else kept.push(line);
  });
  return {
    title,
    text: kept.join('\n').replace(BLANK_RUNS, '\n\n').trim(),
    dropped,
    lang: 'ar',
    dir: 'rtl',
  };
}
