/**
 * The page's own date from its dateline: a line such as «نشر في: 14/12/2018 - 10:32», «تاريخ النشر: 2018-12-14»,
 * «آخر تحديث: الجمعة 14 كانون الأول/ديسمبر 2018» or a line that is only a date. The cleaner drops such lines
 * as furniture (`clean.dropped`); they are looked for there and in the first and last lines of the text.
 * A publication label wins over an update label («آخر تحديث»), which wins over a bare date line.
 */
import { mapDigits, normalizeForMatch } from '../../text/normalize.js';
import type { IsoDay } from '../../types.js';
import { GREGORIAN_ALT, GREGORIAN_MONTHS, lookup } from '../ar/constants/index.js';

export interface Dateline {
  day: IsoDay;
  line: string;
}

/** Labels that open a line, in normalized form (src/text/normalize.ts). */
const PUBLISHED_LABEL =
  /^[^\p{L}\d]*(?:نشر|تم النشر|تاريخ النشر|تاريخ الخبر|بتاريخ|التاريخ|Published)(?:\s+(?:في|بتاريخ|يوم))?\s*[:：-]?\s*/iu;
const UPDATED_LABEL =
  /^[^\p{L}\d]*(?:اخر تحديث|تم التحديث|تحديث|Updated|Last updated)(?:\s+(?:في|بتاريخ|يوم))?\s*[:：-]?\s*/iu;
/** A dateline is short: a long line with a date in it is a sentence of the body. */
const MAX_LINE = 120;
/** The lines of the text's head and tail looked at. */
const EDGE_LINES = 3;

const NUMERIC_DMY = /^(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})(?!\d)/u;
const NUMERIC_YMD = /^(?<y>\d{4})[/.-](?<m>\d{1,2})[/.-](?<d>\d{1,2})(?!\d)/u;
const NAMED = new RegExp(
  `^(?<d>\\d{1,2})\\s+(?:من\\s+)?(?<month>${GREGORIAN_ALT})(?:\\s*/\\s*(?:${GREGORIAN_ALT}))?\\s*[،,]?\\s+(?<y>\\d{4})(?!\\d)`,
  'u',
);
/** A weekday or its article before the date («الجمعة 14/12/2018», «الجمعة، 14 ديسمبر 2018»). */
const WEEKDAY = /^(?:يوم\s+)?(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)\s*[،,]?\s*/u;
const TIME_OR_END =
  /^(?:\s*(?:[-–|،,]\s*)?(?:الساعه\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|AM|PM|GMT|بتوقيت\s+\S+)?)?\s*$/iu;

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(y: number, m: number, d: number): IsoDay | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** The date at the very start of `s` (normalized, digits mapped), and what follows it. */
function dateAtStart(s: string): { day: IsoDay; rest: string } | null {
  const text = s.replace(WEEKDAY, '');
  for (const re of [NUMERIC_DMY, NUMERIC_YMD, NAMED]) {
    const m = re.exec(text);
    if (!m) continue;
    const g = m.groups!;
    const month = g.month ? lookup(GREGORIAN_MONTHS, g.month) : Number(g.m);
    const day = month === undefined ? null : isoDay(Number(g.y), month, Number(g.d));
    if (day) return { day, rest: text.slice(m[0].length) };
  }
  return null;
}

/** 2 for a publication label, 1 for an update label, 0 for a line that is only a date; null for none. */
function readLine(line: string): { day: IsoDay; rank: number } | null {
  if (line.length > MAX_LINE) return null;
  const s = normalizeForMatch(mapDigits(line)).trim();
  for (const [label, rank] of [
    [PUBLISHED_LABEL, 2],
    [UPDATED_LABEL, 1],
  ] as const) {
    const m = label.exec(s);
    if (!m) continue;
    const found = dateAtStart(s.slice(m.index + m[0].length));
    if (found) return { day: found.day, rank };
  }
  const bare = dateAtStart(s);
  return bare && TIME_OR_END.test(bare.rest) ? { day: bare.day, rank: 0 } : null;
}

/** The best dateline among the dropped lines and the text's first and last lines; null when none. */
export function findDateline(dropped: string[], text: string): Dateline | null {
  const lines = text.split(/\n+/u).filter((l) => l.trim());
  const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  let best: (Dateline & { rank: number }) | null = null;
  for (const block of [...dropped, ...edges]) {
    for (const line of block.split(/\n+/u)) {
      for (const part of line.split(/\s+\|\s+/u)) {
        const found = readLine(part);
        if (found && (!best || found.rank > best.rank)) best = { ...found, line: line.trim() };
      }
    }
  }
  return best && { day: best.day, line: best.line };
}
