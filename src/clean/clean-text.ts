import type { CleanResult } from '../types.js';
import { markAfterEnd, markCaptions, markLinkLists, markRepeats, type Verdict } from './context-rules.js';
import { findTitle, isTitleLine } from './find-title.js';
import { describeLine } from './line-features.js';
import { foreignScript, LINE_RULES } from './line-rules.js';
import { markTeaserExcerpts } from './mark-teaser-excerpts.js';

export interface CleanOptions {
  /** Title known from elsewhere (HTML <title>, jsonl); found in the text otherwise. */
  title?: string;
  /** Match keys of lines repeated across the corpus (./find-corpus-lines.ts): dropped as furniture. */
  corpusLines?: ReadonlySet<string>;
  /** Match keys of lines that another input of the batch holds (./mark-teaser-excerpts.ts). */
  sharedLines?: ReadonlySet<string>;
}

/**
 * Plain-text page → title, article body and the dropped lines with their reasons. Each non-empty line is a
 * block; line rules judge it alone (./line-rules.ts), context rules by its neighbours and the page
 * (./context-rules.ts). Kept lines become paragraphs separated by a blank line.
 */
export function cleanLines(rawLines: string[], options: CleanOptions = {}): CleanResult {
  const texts = rawLines.map((l) => l.trim()).filter((l) => l !== '');
  const title = options.title?.trim() || findTitle(texts);
  const lines = texts.map(describeLine);
  // On a page mostly in another script, Latin lines are the article: the script rule is for Arabic pages.
  const arabicPage =
    lines.reduce((n, l) => n + l.arabicLetters, 0) * 2 >= lines.reduce((n, l) => n + l.letters, 0);
  const rules = arabicPage ? LINE_RULES : LINE_RULES.filter((rule) => rule !== foreignScript);
  const verdicts: Verdict[] = lines.map((line) => {
    if (isTitleLine(line.text, title)) return 'title';
    for (const rule of rules) {
      const reason = rule(line);
      if (reason !== null) return reason;
    }
    return null;
  });
  markRepeats(lines, verdicts, options.corpusLines);
  markCaptions(lines, verdicts);
  markLinkLists(lines, verdicts);
  markAfterEnd(lines, verdicts);
  markTeaserExcerpts(lines, verdicts, options.sharedLines);
  const kept = texts.filter((_, i) => verdicts[i] === null);
  const dropped = texts.flatMap((text, i) =>
    verdicts[i] === null ? [] : [{ text, reason: verdicts[i] as string }],
  );
  return {
    title,
    text: kept.join('\n\n'),
    dropped,
    ...(arabicPage ? { lang: 'ar', dir: 'rtl' } : { dir: 'ltr' }),
  };
}

export function cleanPlainText(text: string, options: CleanOptions = {}): CleanResult {
  return cleanLines(text.split('\n'), options);
}
