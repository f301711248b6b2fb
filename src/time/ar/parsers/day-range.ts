/**
 * Two days of one month: «يومي 21 و22 كانون الأول», «من 5 إلى 10 مارس», «بين 5 و7 أيار 2019», «21-22 ديسمبر»,
 * in ordinal words too («ليلة التاسع والعاشر من أيار»; never the two halves of one ordinal, «الثاني
 * والعشرين»). The value is the first day; `range` covers both.
 */
import { isValidDay } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { MONTH_EXPR, readMonth } from '../month-expression.js';
import { ORDINAL_ALT, parseDay } from '../numbers.js';
import { regex } from '../pattern.js';
import { yearOfMonth } from '../relative.js';
import { DIRECTION_OF, DIRECTIONS_ALT, YEAR_SUFFIX } from '../shared.js';
import { tenseAt } from '../tense.js';

const TAG = 'ar/day-range';
const JOIN = '\\s*(?:و|-|–|إلى|الى|حتى|لغاية)\\s*';

export const DAY_RANGE: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?:يومي|أيام|من|بين|ما\\s+بين)\\s+)?(?<d1>\\d{1,2}|${ORDINAL_ALT})${JOIN}(?<d2>\\d{1,2}|${ORDINAL_ALT})(?:\\s+من)?\\s+${MONTH_EXPR}(?:\\s+(?<dir>${DIRECTIONS_ALT})|${YEAR_SUFFIX})?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const d1 = parseDay(g.d1) ?? 0;
    const d2 = parseDay(g.d2) ?? 0;
    const month = readMonth(g.month, g.month2);
    if (!month || d1 < 1 || d2 > 31 || d2 <= d1 || parseDay(`${g.d1} و${g.d2}`) !== null) return null;
    const direction = g.dir ? DIRECTION_OF(g.dir) : undefined;
    const year = g.year
      ? Number(g.year)
      : ctx.reference
        ? yearOfMonth(ctx.reference, month.month, direction, d1, tenseAt(ctx.text, m.index))
        : undefined;
    const make = (day: number) => {
      const c = new Components(TAG).assign('day', day).assign('month', month.month);
      if (g.year) c.assign('year', Number(g.year));
      else if (year !== undefined) c.imply('year', year);
      return c;
    };
    if (year !== undefined && !isValidDay(year, month.month, d2)) return null;
    return resultOf(m, TAG, 'DATE', {
      components: make(d1),
      rangeEnd: make(d2),
      granularity: 'day',
      relative: !g.year,
      relation: direction === undefined ? undefined : { monthDirection: direction },
      pair: month.disagreement,
    });
  },
};
