/**
 * «الأسبوع المقبل» (2017-W51), «الشهر الماضي», «العام المقبل», «الشهر الجاري», «هذا العام», «العام قبل الماضي».
 */
import { parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Granularity, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { UNIT_NOUNS } from '../constants/units.js';
import { regex } from '../pattern.js';
import { implyMonthShift, implyWeek } from '../relative.js';
import { DIRECTION_OF, DIRECTIONS_ALT } from '../shared.js';

const TAG = 'ar/relative-unit';
const NOUNS = normalizeKeys(UNIT_NOUNS);
const THIS = '(?:هذا|هذه)';

export const RELATIVE_UNIT: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?<this>${THIS})\\s+)?(?<noun>${alternation(NOUNS.keys())})(?:\\s+(?<before>قبل)\\s+)?(?:\\s*(?<dir>${DIRECTIONS_ALT}))?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (!g.this && !g.dir) return null;
    const unit = lookup(NOUNS, g.noun)!;
    if (unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
    const by = g.dir ? DIRECTION_OF(g.dir) * (g.before ? 2 : 1) : 0;
    const c = new Components(TAG);
    if (ctx.reference) {
      if (unit === 'week') implyWeek(c, ctx.reference, by);
      else if (unit === 'month') implyMonthShift(c, ctx.reference, by);
      else c.imply('year', parts(ctx.reference).year + by);
    }
    const granularity: Granularity = unit;
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity,
      relative: true,
      relation: { shift: { unit, by } },
    });
  },
};
