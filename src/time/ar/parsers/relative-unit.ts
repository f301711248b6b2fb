/**
 * «الأسبوع المقبل» (2017-W51), «الشهر الماضي», «العام المقبل», «الشهر الجاري», «هذا العام», «العام قبل الماضي»,
 * «العقد المقبل» (the next decade, 202 from 2017). A unit after a mod with no direction is the current one:
 * «نهاية العام», «مطلع الشهر», «منتصف الأسبوع» (the mod itself is added by the apply-mods refiner).
 */
import { parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Granularity, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { MODS, UNIT_NOUNS } from '../constants/units.js';
import { ar, regex } from '../pattern.js';
import { implyMonthShift, implyWeek } from '../relative.js';
import { DIRECTION_OF, DIRECTIONS_ALT } from '../shared.js';

const TAG = 'ar/relative-unit';
const NOUNS = normalizeKeys(UNIT_NOUNS);
// «هاي»، «هاد»، «هذي»: this, in Levantine and Gulf speech
const THIS = '(?:هذا|هذه|هذي|هاي|هاد)';
const AFTER_MOD = new RegExp(
  ar(`(?:^|[^\\p{L}])[وف]?[بل]?(?:${alternation(normalizeKeys(MODS).keys())})\\s+$`),
  'u',
);
const MOD_UNITS = new Set(['week', 'month', 'year']);

export const RELATIVE_UNIT: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?<this>${THIS})\\s+)?(?<noun>${alternation(NOUNS.keys())})(?:\\s+(?<before>قبل)\\s+)?(?:\\s*(?<dir>${DIRECTIONS_ALT}))?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const unit = lookup(NOUNS, g.noun)!;
    const afterMod = AFTER_MOD.test(ctx.text.slice(Math.max(0, m.index - 16), m.index));
    if (!g.this && !g.dir && !(afterMod && MOD_UNITS.has(unit))) return null;
    if (unit === 'century' || (unit === 'decade' && !g.dir)) return null;
    const by = g.dir ? DIRECTION_OF(g.dir) * (g.before ? 2 : 1) : 0;
    const c = new Components(TAG);
    if (unit === 'decade') {
      if (ctx.reference) c.imply('decade', Math.floor(parts(ctx.reference).year / 10) + by);
      return resultOf(m, TAG, 'DATE', { components: c, granularity: 'decade', relative: true });
    }
    if (unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
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
