/**
 * A day of a month told relative to the reference: «العاشر من الشهر الجاري», «15 من الشهر الماضي», «يوم 20
 * من الشهر المقبل», «الخامس من هذا الشهر», «في 15 من الشهر» (the current one), «الثلاثاء 15 من الشهر الماضي».
 * Not the rank of another noun: «الأسبوع الأول من الشهر المقبل» is no first day.
 */
import { daysInMonth } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { ORDINAL_ALT, parseDay } from '../numbers.js';
import { ar, regex } from '../pattern.js';
import { implyMonthShift } from '../relative.js';
import { DIRECTION_OF, DIRECTIONS_ALT, WEEKDAY_ALT } from '../shared.js';

const TAG = 'ar/day-of-relative-month';
/** An ordinal right after a noun with the article is that noun's rank: «الأسبوع الأول من الشهر المقبل». */
const RANK_OF_NOUN = new RegExp(ar('(?:^|[^\\p{L}])(?!اليوم\\s)[وفبلك]?ال\\p{L}+\\s+$'), 'u');

export const DAY_OF_RELATIVE_MONTH: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?:يوم\\s+)?(?:${WEEKDAY_ALT})\\s*[،,]?\\s*(?:الموافق\\s+)?)?(?:يوم\\s+)?(?<day>\\d{1,2}|${ORDINAL_ALT})\\s+من\\s+(?:(?<this>هذا)\\s+)?الشهر(?:\\s+(?<dir>${DIRECTIONS_ALT}))?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const day = parseDay(g.day);
    if (!day || day > 31) return null;
    if (!/^\d/u.test(g.day) && RANK_OF_NOUN.test(ctx.text.slice(Math.max(0, m.index - 16), m.index)))
      return null;
    const by = g.dir ? DIRECTION_OF(g.dir) : 0;
    const c = new Components(TAG).assign('day', day);
    if (ctx.reference) {
      implyMonthShift(c, ctx.reference, by);
      if (day > daysInMonth(c.get('year')!, c.get('month')!)) return null;
    }
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity: 'day',
      relative: true,
      relation: { shift: { unit: 'month', by } },
    });
  },
};
