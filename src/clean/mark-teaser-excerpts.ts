/**
 * Paragraphs of a teased report: after a related-article teaser («قد يهمك/ عنوان …»), scraped pages often carry
 * the first paragraphs of the report it names (CNN Arabic does). Only a paragraph that also stands in another
 * input of the same batch is dropped: that input is the report it belongs to, so nothing is lost, and the
 * excerpt no longer dates the teased report's events by the wrong article's day. A paragraph after a teaser
 * that no other input holds may be the article going on, and stays.
 */
import type { LineInfo } from './line-features.js';
import { TEASER_REASON } from './line-rules.js';

export const TEASER_EXCERPT_REASON = 'paragraph of the teased report (another input holds it)';

export function markTeaserExcerpts(
  lines: readonly LineInfo[],
  verdicts: (string | null)[],
  sharedLines: ReadonlySet<string> | undefined,
): void {
  if (!sharedLines || sharedLines.size === 0) return;
  let afterTeaser = false;
  lines.forEach((line, i) => {
    if (verdicts[i] === TEASER_REASON) afterTeaser = true;
    else if (afterTeaser && verdicts[i] === null && sharedLines.has(line.norm))
      verdicts[i] = TEASER_EXCERPT_REASON;
  });
}
