/**
 * «الاثنين المقبل», «يوم الخميس الماضي», and a bare «الثلاثاء» resolved toward the tense of its clause:
 * the latest such day up to the reference in the past, the first from it in the future.
 */
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { regex } from '../pattern.js';
import { implyDay, resolveWeekday } from '../relative.js';
import { DIRECTION_OF, DIRECTIONS_ALT, WEEKDAY_ALT, WEEKDAY_OF } from '../shared.js';
import { tenseAt } from '../tense.js';

const TAG = 'ar/weekday';

export const WEEKDAY: Parser = {
  tag: TAG,
  pattern: regex(`${B}(?:يوم\\s+)?(?<weekday>${WEEKDAY_ALT})(?:\\s+(?<dir>${DIRECTIONS_ALT}))?${E}`),
  extract(m, ctx) {
    const g = m.groups!;
    const weekday = WEEKDAY_OF(g.weekday);
    const c = new Components(TAG).assign('weekday', weekday);
    const direction = g.dir ? DIRECTION_OF(g.dir) : undefined;
    const tense = direction === 1 ? 'future' : direction === -1 ? 'past' : tenseAt(ctx.text, m.index);
    if (ctx.reference) {
      const mode = direction === 1 ? 'after' : direction === -1 ? 'before' : tense;
      implyDay(c, resolveWeekday(ctx.reference, weekday, mode));
    }
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity: 'day',
      relative: true,
      relation: { tense },
    });
  },
};
