/**
 * Parts of day on their own: «الليلة» (tonight), «الليلة الماضية», «هذا الصباح», «هذا المساء» → TIME on the
 * reference day (TNI, TMO…). A part of day before a date («صباح غد الإثنين») is the part-of-day refiner's.
 * «هذا الصباح أو ذاك المساء» is any morning, no date. Midnight ends its night: «منتصف الليلة الماضية» (said on day D) is D at 00:00, «منتصف الليلة» is D+1 at 00:00.
 */
import { addDays } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { ar, regex } from '../pattern.js';
import { implyDay } from '../relative.js';

const TAG = 'ar/part-of-day';
const ANY_OTHER = new RegExp(ar('^\\s+أو\\s+(?:ذاك|تلك|ذلك)(?![\\p{L}])'), 'u');
const WORDS: Record<string, string> = { الليله: 'NI', الصباح: 'MO', المساء: 'EV', الظهيره: 'MI' };

export const PART_OF_DAY: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?:(?<this>هذا|هذه)\\s+|(?<midnight>منتصف)\\s+(?=الليلة))?(?<part>الليلة|الصباح|المساء|الظهيرة)(?:\\s+(?<past>الماضية|الفائتة|البارحة))?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (!g.this && g.part !== 'الليله') return null;
    if (g.this && ANY_OTHER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
      return null;
    const c = new Components(TAG);
    const offset = (g.past ? -1 : 0) + (g.midnight ? 1 : 0);
    if (ctx.reference) implyDay(c, addDays(ctx.reference, offset));
    return resultOf(m, TAG, 'TIME', {
      components: c,
      granularity: 'day',
      timeOfDay: g.midnight ? '00:00' : WORDS[g.part],
      relative: true,
      relation: { offsetDays: offset },
    });
  },
};
