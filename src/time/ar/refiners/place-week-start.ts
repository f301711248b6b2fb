/**
 * «مطلع الأسبوع» said with no direction is the start of the week nearest the report on the side its clause
 * tells: the first days run from the Saturday before the ISO Monday to the Tuesday (../../resolve.ts
 * `startOfWeekRange`), so a report of Saturday or Sunday that looks ahead («من المقرر أن يعقد المجلس اجتماعا
 * في بداية هذا الأسبوع») means the coming Monday's week, and one that tells the past of a week not begun
 * yet means the last. Runs after the mods refiner; «مطلع الأسبوع المقبل/الماضي» keep their week.
 */
import type { Refiner } from '../../parser.js';
import { startOfWeekRange } from '../../resolve.js';
import { implyWeek } from '../relative.js';
import { tenseFoundAt } from '../tense.js';

export const placeWeekStart: Refiner = (results, ctx) => {
  for (const r of results) {
    if (r.granularity !== 'week' || r.mod !== 'START' || r.relation?.shift?.by !== 0) continue;
    const range = ctx.reference && r.components ? startOfWeekRange(r) : undefined;
    if (!range || !ctx.reference || !r.components) continue;
    const tense = tenseFoundAt(ctx.text, r.start);
    const by =
      tense === 'future' && range.to < ctx.reference
        ? 1
        : tense === 'past' && range.from > ctx.reference
          ? -1
          : 0;
    if (by === 0) continue;
    delete r.components.known.year;
    delete r.components.known.week;
    implyWeek(r.components, ctx.reference, by);
    r.relation = { ...r.relation, shift: { unit: 'week', by } };
  }
  return results;
};
