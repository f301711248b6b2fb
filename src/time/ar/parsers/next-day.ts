/**
 * «اليوم التالي», «اليوم اللاحق» (the day after), «اليوم السابق» (the day before): told of the day the text
 * spoke of last; the anchor-next-day refiner moves it there. Without such a day, the reference's neighbour
 * (TimeML anchors it to the document's date).
 */
import { addDays } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { regex } from '../pattern.js';
import { implyDay } from '../relative.js';

export const NEXT_DAY_TAG = 'ar/next-day';

export const NEXT_DAY: Parser = {
  tag: NEXT_DAY_TAG,
  pattern: regex(`${B}اليوم\\s+(?<dir>التالي|اللاحق|السابق)${E}`),
  extract(m, ctx) {
    const c = new Components(NEXT_DAY_TAG);
    const by = m.groups!.dir === 'السابق' ? -1 : 1;
    if (ctx.reference) implyDay(c, addDays(ctx.reference, by));
    return resultOf(m, NEXT_DAY_TAG, 'DATE', { components: c, granularity: 'day', relative: true });
  },
};
