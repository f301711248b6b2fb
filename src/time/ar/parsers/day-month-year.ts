/**
 * «10 كانون الأول 2019», «الثلاثاء 10 من كانون الأول», «الأحد الماضي 12 آب», «الثامن من مارس الماضي»,
 * «21 ديسمبر/كانون الأول الجاري», «أول أبريل», «الـ13 من أبريل/ نيسان الجاري». A missing year is implied: by «الماضي/المقبل/الجاري», or the one nearest the reference.
 */
import { isValidDay, parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type ParsedResult, type Parser, type ParserContext, type Relation } from '../../parser.js';
import { limitTenseAt } from '../limit-words.js';
import { MONTH_EXPR, readMonth } from '../month-expression.js';
import { ORDINAL_ALT, parseDay } from '../numbers.js';
import { regex } from '../pattern.js';
import { yearOfMonth } from '../relative.js';
import {
  DIRECTION_OF,
  DIRECTIONS_ALT,
  WEEKDAY_ALT,
  WEEKDAY_OF,
  YEAR_DIRECTION,
  YEAR_SUFFIX,
} from '../shared.js';
import { lastToldYear, SAME_YEAR_REACH } from '../story-year.js';
import { tenseAt } from '../tense.js';

const PATTERN = regex(
  `${B}(?:(?:يوم\\s+)?(?<weekday>${WEEKDAY_ALT})(?:\\s+(?<weekdayDir>${DIRECTIONS_ALT}))?\\s*[،,]?\\s*(?:الموافق\\s+)?)?(?:ال(?=\\d))?(?<day>\\d{1,2}|${ORDINAL_ALT})(?:\\s+من)?(?:\\s+شهر)?\\s+${MONTH_EXPR}` +
    `(?:\\s+(?<dir>${DIRECTIONS_ALT})|${YEAR_SUFFIX}|${YEAR_DIRECTION})?${E}`,
);

export function dayMonthYear(m: RegExpExecArray, ctx: ParserContext, tag: string): ParsedResult | null {
  const g = m.groups!;
  const day = parseDay(g.day);
  const month = readMonth(g.month, g.month2);
  const sameYear = g.yearSame === undefined ? null : lastToldYear(ctx.text, m.index, SAME_YEAR_REACH);
  if (day === null || !month || day < 1 || day > 31) return null;
  const c = new Components(tag).assign('day', day).assign('month', month.month);
  if (g.weekday) c.assign('weekday', WEEKDAY_OF(g.weekday));
  const direction = g.dir ? DIRECTION_OF(g.dir) : undefined;
  if (g.year) c.assign('year', Number(g.year));
  else if (g.yearSame !== undefined && sameYear !== null) c.assign('year', sameYear);
  else if (ctx.reference && (g.yearDir || g.yearThis !== undefined))
    c.imply('year', parts(ctx.reference).year + (g.yearDir ? DIRECTION_OF(g.yearDir) : 0));
  else if (ctx.reference)
    c.imply('year', yearOfMonth(ctx.reference, month.month, direction, day, tenseOf(ctx.text, m.index)));
  const year = c.get('year');
  if (year !== undefined && !isValidDay(year, month.month, day)) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    tag,
    components: c,
    granularity: 'day',
    relative: !g.year && sameYear === null,
    relation: relationOf(direction, g.weekdayDir ? DIRECTION_OF(g.weekdayDir) : undefined),
    pair: month.disagreement,
  };
}

function relationOf(month?: -1 | 0 | 1, weekday?: -1 | 0 | 1): Relation | undefined {
  if (month === undefined && weekday === undefined) return undefined;
  return {
    ...(month === undefined ? {} : { monthDirection: month }),
    ...(weekday === undefined ? {} : { weekdayDirection: weekday }),
  };
}

export const DAY_MONTH_YEAR: Parser = {
  tag: 'ar/day-month-year',
  pattern: PATTERN,
  extract: (m, ctx) => dayMonthYear(m, ctx, 'ar/day-month-year'),
};

/** A term ahead after a word of limit (../limit-words.ts), else the clause's tense. */
const tenseOf = (text: string, index: number) => limitTenseAt(text, index) ?? tenseAt(text, index);
