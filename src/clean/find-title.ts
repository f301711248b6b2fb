/**
 * Title detection on a plain-text page. Scraped pages repeat the title (up to four times, sometimes glued
 * twice on one line) and wrap it in site furniture («Quantcast i24NEWS - …», «… - Site name»). The title is
 * the line among the first ones that occurs most often inside the first line and its neighbours; else the
 * first line, with a glued repeat halved and a separator-delimited segment without Arabic letters removed.
 */
import { describeLine } from './line-features.js';
import { endMarker, noLetters, photoCredit, urlOrDomain, widget } from './line-rules.js';
import { trimTitleSegments } from './trim-title-segments.js';

const HEAD_LINES = 8;
const MAX_TITLE_WORDS = 30;
const MIN_TITLE_CHARS = 8;
const ARABIC = /\p{Script=Arabic}/u;

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** «TT» → «T» when a line is one string written twice. */
function halveGlued(line: string): string {
  const half = line.length / 2;
  return Number.isInteger(half) && line.slice(0, half) === line.slice(half)
    ? line.slice(0, half).trim()
    : line;
}

/** Drops leading or trailing segments with no Arabic letter («It's Over 9000!», «Quantcast i24NEWS»). */
const dropLatinSegments = (line: string) => trimTitleSegments(line, (segment) => !ARABIC.test(segment));

/** Bars and middle dots between menu items or breadcrumb parts. */
const MENU_SEPARATOR = /\s*[|·•›»]\s*/u;
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM_WORDS = 3;
const MIN_TITLE_WORDS = 2;
/** A punctuated line longer than this is a paragraph, not a title. */
const MAX_PUNCTUATED_TITLE_WORDS = 15;

/** «الرئيسية | أخبار | اليمن | رياضة»: three or more short items between separators. */
function isMenu(line: string): boolean {
  const items = line.split(MENU_SEPARATOR).filter((item) => item.trim() !== '');
  return (
    items.length >= MIN_MENU_ITEMS &&
    items.every((item) => item.trim().split(/\s+/u).length <= MAX_MENU_ITEM_WORDS)
  );
}

/** A line that can be a title: no menu, widget, marker, credit or URL, no paragraph, and of title length. */
function isTitleCandidate(line: string): boolean {
  const info = describeLine(line, 0);
  if (info.words < MIN_TITLE_WORDS || info.words > MAX_TITLE_WORDS || isMenu(line)) return false;
  if (info.endsSentence && /[.:]$/u.test(line) && info.words > MAX_PUNCTUATED_TITLE_WORDS) return false;
  return [noLetters, endMarker, widget, urlOrDomain, photoCredit].every((rule) => rule(info) === null);
}

export function findTitle(lines: string[]): string {
  const head = lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, HEAD_LINES);
  const first = head.find(isTitleCandidate);
  if (first === undefined) return '';
  let best = '';
  let bestCount = 1;
  for (const candidate of head) {
    if (candidate.length < MIN_TITLE_CHARS || !first.includes(candidate)) continue;
    const n = head.reduce((sum, line) => sum + occurrences(line, candidate), 0);
    if (n > bestCount || (n === bestCount && best !== '' && candidate.length < best.length))
      [best, bestCount] = [candidate, n];
  }
  const title = best || dropLatinSegments(halveGlued(first));
  return title.split(/\s+/).length <= MAX_TITLE_WORDS ? title : '';
}

/** A line that is the title, the title repeated or glued, or the title wrapped in a few words of furniture. */
export function isTitleLine(line: string, title: string): boolean {
  if (title === '' || !line.includes(title)) return false;
  const rest = line.split(title).join(' ').trim();
  return rest === '' || (rest.split(/\s+/).length <= 6 && (!ARABIC.test(rest) || !/[.؟!]$/u.test(rest)));
}
