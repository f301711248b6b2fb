/**
 * Rules that judge a line by its neighbours and by the rest of the page: captions beside a credit,
 * link lists (runs of short unpunctuated lines), repeats within the page (and across the corpus when a
 * pre-pass gave the repeated lines), teasers that repeat the body, and the end of the article after a
 * related-list or comments header.
 */
import { isProse, type LineInfo } from './line-features.js';

export type Verdict = string | null;

const MAX_CAPTION_WORDS = 25;
const MAX_LINK_WORDS = 20;
const MIN_LINK_RUN = 3;
const MIN_PROSE_AFTER_MARKER = 2;
const ELLIPSIS = /(?:\.{2,}|…)\s*$/u;

/** A line without final punctuation next to a photo credit is the caption of that photo. */
export function markCaptions(lines: LineInfo[], verdicts: Verdict[]): void {
  lines.forEach((line, i) => {
    if (verdicts[i] !== null || line.endsSentence || line.words > MAX_CAPTION_WORDS) return;
    const credit = (j: number) => verdicts[j]?.startsWith('photo credit') ?? false;
    if (credit(i + 1) || credit(i - 1)) verdicts[i] = 'photo caption';
  });
}

/** Runs of three or more short lines without final punctuation: related links, menus, tag lists. */
export function markLinkLists(lines: LineInfo[], verdicts: Verdict[]): void {
  const linkish = (i: number) => !lines[i].endsSentence && lines[i].words <= MAX_LINK_WORDS;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && linkish(j)) j++;
    if (j - i >= MIN_LINK_RUN) for (let k = i; k < j; k++) verdicts[k] ??= 'link list';
    i = Math.max(j, i + 1);
  }
}

/** A later copy of a line, a teaser («…» at the end) whose text is in the body, a line the corpus repeats. */
export function markRepeats(lines: LineInfo[], verdicts: Verdict[], corpusLines?: ReadonlySet<string>): void {
  const seen = new Set<string>();
  let whole: string | undefined; // the page's text, joined only when some line ends in an ellipsis
  lines.forEach((line, i) => {
    if (seen.has(line.norm)) verdicts[i] ??= 'repeated in the page';
    seen.add(line.norm);
    if (corpusLines?.has(line.norm)) verdicts[i] ??= 'repeated across the corpus';
    if (verdicts[i] !== null || !ELLIPSIS.test(line.text)) return;
    whole ??= lines
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/gu, ' ');
    const words = line.text.replace(ELLIPSIS, '').replace(/\s+/gu, ' ').split(' ');
    const head = words.slice(0, -1).join(' ');
    const elsewhere = whole.replace(line.text.replace(/\s+/gu, ' '), '');
    if (head.length > 0 && elsewhere.includes(head)) verdicts[i] = 'teaser repeating the body';
  });
}

/**
 * After an end-of-article marker that follows some body, every line is dropped, unless two or more
 * prose paragraphs follow (then the marker was an inline widget and only it goes).
 */
export function markAfterEnd(lines: LineInfo[], verdicts: Verdict[]): void {
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i] === null) bodySeen = true;
    if (verdicts[i] !== 'end of article marker' || !bodySeen) continue;
    const proseAfter = lines
      .slice(i + 1)
      .filter((l, k) => isProse(l, 20) && verdicts[i + 1 + k] === null).length;
    if (proseAfter >= MIN_PROSE_AFTER_MARKER) continue;
    for (let k = i + 1; k < lines.length; k++)
      verdicts[k] = verdicts[k] === null ? 'after the end of the article' : verdicts[k];
    return;
  }
}
