/**
 * A month without a day: «كانون الثاني 2019», «ديسمبر الماضي», «شهر مارس», «في أبريل», «أيار (1970)»,
 * «فيفري من السنة المنقضية» (the year told by its direction: the month of last year, not the last such month).
 * Names that are also common words (مارس، ماي، آب…) are taken alone only after «شهر» or «في».
 */
import { parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { AMBIGUOUS_MONTHS } from '../constants/index.js';
import { limitTenseAt } from '../limit-words.js';
import { MONTH_EXPR, readMonth } from '../month-expression.js';
import { ar, regex } from '../pattern.js';
import { yearOfMonth } from '../relative.js';
import { DIRECTION_OF, DIRECTIONS_ALT, YEAR_DIRECTION, YEAR_SUFFIX } from '../shared.js';
import { lastToldYear, SAME_YEAR_REACH } from '../story-year.js';
import { tenseAt } from '../tense.js';

const TAG = 'ar/month-year';
const CUE = new RegExp(
  ar('(?:^|[^\\p{L}])(?:شهر|في|منذ|حتى|خلال|مطلع|أوائل|منتصف|أواسط|أواخر|نهاية|بداية|مستهل)\\s+$'),
  'u',
);

export const MONTH_YEAR: Parser = {
  tag: TAG,
  pattern: regex(
    `(?:شهر\\s+)?${B}${MONTH_EXPR}(?:\\s+(?<dir>${DIRECTIONS_ALT})|${YEAR_SUFFIX}|${YEAR_DIRECTION})?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const month = readMonth(g.month, g.month2);
    const sameYear = g.yearSame === undefined ? null : lastToldYear(ctx.text, m.index, SAME_YEAR_REACH);
    if (!month) return null;
    const hasCue =
      CUE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)) ||
      m[0].startsWith('شهر') ||
      g.month2 !== undefined ||
      g.dir ||
      g.year ||
      g.yearDir ||
      g.yearThis !== undefined;
    if (!hasCue && AMBIGUOUS_MONTHS.has(g.month)) return null;
    const c = new Components(TAG).assign('month', month.month);
    const direction = g.dir ? DIRECTION_OF(g.dir) : undefined;
    if (g.year) c.assign('year', Number(g.year));
    else if (g.yearSame !== undefined && sameYear !== null) c.assign('year', sameYear);
    else if (ctx.reference && (g.yearDir || g.yearThis !== undefined))
      c.imply('year', parts(ctx.reference).year + (g.yearDir ? DIRECTION_OF(g.yearDir) : 0));
    else if (ctx.reference)
      c.imply(
        'year',
        yearOfMonth(ctx.reference, month.month, direction, undefined, tenseOf(ctx.text, m.index)),
      );
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity: 'month',
      relative: !g.year && sameYear === null,
      relation: direction === undefined ? undefined : { monthDirection: direction },
      pair: month.disagreement,
    });
  },
};

/** A term ahead after a word of limit (../limit-words.ts), else the clause's tense. */
const tenseOf = (text: string, index: number) => limitTenseAt(text, index) ?? tenseAt(text, index);
