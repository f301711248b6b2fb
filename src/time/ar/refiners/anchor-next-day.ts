/**
 * «اليوم التالي» is the day after the last day the text named before it («وصل يوم 5 مايو، وفي اليوم التالي
 * …» 6 May), «اليوم السابق» the day before it; relative only when that day is. With no such day before it,
 * it stays on the reference's neighbour.
 */
import { addDays, isoDay } from '../../calendar.js';
import { Components } from '../../components.js';
import type { ParsedResult, Refiner } from '../../parser.js';
import { NEXT_DAY_TAG } from '../parsers/next-day.js';
import { ar } from '../pattern.js';
import { implyDay } from '../relative.js';

const BEFORE = ar('السابق');

function dayOf(r: ParsedResult): string | null {
  const c = r.components;
  const [y, m, d] = [c?.get('year'), c?.get('month'), c?.get('day')];
  return r.type === 'DATE' && r.granularity === 'day' && y && m && d ? isoDay(y, m, d) : null;
}

export const anchorNextDay: Refiner = (results, ctx) => {
  const ordered = [...results].sort((a, b) => a.start - b.start);
  let last: { day: string; relative: boolean } | null = null;
  for (const r of ordered) {
    if (r.tag === NEXT_DAY_TAG && last) {
      const by = ctx.text.slice(r.start, r.end).endsWith(BEFORE) ? -1 : 1;
      r.components = implyDay(new Components(NEXT_DAY_TAG), addDays(last.day, by));
      r.relative = last.relative;
    }
    const day = dayOf(r);
    if (day) last = { day, relative: r.relative };
  }
  return results;
};
