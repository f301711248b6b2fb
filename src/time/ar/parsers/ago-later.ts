/**
 * A date a count away from the reference: «قبل خمسة وتسعين عاما» (1920 from 2015), «منذ ثلاثة أيام»,
 * «بعد 40 عاما», «قبل أسبوع», «قبل أكثر من عام» (MORE_THAN). The granularity is the unit's (days for days and weeks).
 */
import { addDays, parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Granularity, type Parser, resultOf } from '../../parser.js';
import { COUNT_EXPR, ONE_UNIT_EXPR, readCount } from '../count.js';
import { regex } from '../pattern.js';
import { implyDay, implyMonthShift } from '../relative.js';

const TAG = 'ar/ago-later';
const UNIT_DAYS = { day: 1, week: 7 } as const;

export const AGO_LATER: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?<dir>قبل|منذ|بعد)\\s+(?:(?<mod>أكثر\\s+من|أقل\\s+من|نحو|حوالي|قرابة)\\s+)?(?:${COUNT_EXPR}|${ONE_UNIT_EXPR})${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const count = readCount(g);
    if (!count || count.unit === 'minute' || count.unit === 'hour') return null;
    const sign = g.dir === 'بعد' ? 1 : -1;
    const c = new Components(TAG);
    let granularity: Granularity = 'year';
    if (count.unit === 'day' || count.unit === 'week') {
      granularity = 'day';
      if (ctx.reference) implyDay(c, addDays(ctx.reference, sign * count.n * UNIT_DAYS[count.unit]));
    } else if (count.unit === 'month') {
      granularity = 'month';
      if (ctx.reference) implyMonthShift(c, ctx.reference, sign * count.n);
    } else if (ctx.reference) {
      const years = count.n * (count.unit === 'decade' ? 10 : count.unit === 'century' ? 100 : 1);
      c.imply('year', parts(ctx.reference).year + sign * years);
    }
    const mod = g.mod
      ? g.mod.startsWith('اكثر')
        ? 'MORE_THAN'
        : g.mod.startsWith('اقل')
          ? 'LESS_THAN'
          : 'APPROX'
      : undefined;
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity,
      relative: true,
      ...(mod ? { mod } : {}),
    });
  },
};
