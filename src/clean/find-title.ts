/**
 * Title detection on a plain-text page. Scraped pages repeat the title (up to four times, sometimes glued
 * twice on one line) and wrap it in site furniture («Quantcast i24NEWS - …», «… - Site name»). The title is
 * the line among the first ones that occurs most often inside the first line and its neighbours; else the
 * first line, with a glued repeat halved and a separator-delimited segment without Arabic letters removed.
 */
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
  return Number.isInteger(half) && line.slice(0, half) === line.slice(half) ? line.slice(0, half).trim() : line;
}

/** Drops leading or trailing segments with no Arabic letter («It's Over 9000!», «Quantcast i24NEWS»). */
const dropLatinSegments = (line: string) => trimTitleSegments(line, (segment) => !ARABIC.test(segment));

export function findTitle(lines: string[]): string {
  const head = lines.map((l) => l.trim()).filter((l) => l !== '').slice(0, HEAD_LINES);
  if (head.length === 0) return '';
  const first = head[0];
  let best = '';
  let bestCount = 1;
  for (const candidate of head) {
    if (candidate.length < MIN_TITLE_CHARS || !first.includes(candidate)) continue;
    const n = head.reduce((sum, line) => sum + occurrences(line, candidate), 0);
    if (n > bestCount || (n === bestCount && best !== '' && candidate.length < best.length)) [best, bestCount] = [candidate, n];
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
