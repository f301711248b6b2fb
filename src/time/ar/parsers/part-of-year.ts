/**
 * Quarters and halves of a year: «الربع الأول من العام الجاري» (2017-Q1), «الربع الأخير من العام الماضي»,
 * «خلال الربع الثالث من 2017», «النصف الأول من العام المقبل» (2018-H1), «النصف الثاني من عام 2016».
 */
import { daysInMonth, isoDay, parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { regex } from '../pattern.js';
import { DIRECTION_OF, DIRECTIONS_ALT } from '../shared.js';

const TAG = 'ar/part-of-year';
const RANKS: Record<string, number> = { الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4 };
const PARTS = { الربع: { letter: 'Q', count: 4 }, النصف: { letter: 'H', count: 2 } } as const;
const YEAR = `(?:(?:العام|السنة)\\s+(?<dir>${DIRECTIONS_ALT})|(?:عام|العام|سنة)?\\s*(?<year>\\d{4})|(?<this>هذا\\s+العام|هذه\\s+السنة|العام|السنة))`;

export const PART_OF_YEAR: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?<part>الربع|النصف)\\s+(?<rank>الأول|الثاني|الثالث|الرابع|الأخير)\\s+من\\s+${YEAR}${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const part = PARTS[g.part as keyof typeof PARTS];
    const n = RANKS[g.rank] ?? part.count;
    if (n > part.count) return null;
    const c = new Components(TAG);
    if (g.year) c.assign('year', Number(g.year));
    else if (ctx.reference) c.imply('year', parts(ctx.reference).year + (g.dir ? DIRECTION_OF(g.dir) : 0));
    const year = c.get('year');
    const months = 12 / part.count;
    const fixedRange =
      year === undefined
        ? undefined
        : {
            from: isoDay(year, (n - 1) * months + 1, 1),
            to: isoDay(year, n * months, daysInMonth(year, n * months)),
          };
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity: 'year',
      value: `${year ?? 'XXXX'}-${part.letter}${n}`,
      relative: !g.year,
      ...(fixedRange ? { fixedRange } : {}),
    });
  },
};
