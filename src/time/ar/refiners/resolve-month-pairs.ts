/**
 * A paired month whose halves disagree («29 أيلول/ ديسمبر»): the non-Levantine half is taken unless the
 * evidence backs the Levantine one (another date in the text, or the reference month for «الجاري»), and the
 * pair is flagged as `time:month-pair-disagrees`.
 */
import { parts } from '../../calendar.js';
import type { ParsedResult, Refiner } from '../../parser.js';

const monthsElsewhere = (results: ParsedResult[], self: ParsedResult) =>
  new Set(
    results
      .filter((r) => r !== self && r.components?.isStated('month'))
      .map((r) => r.components!.get('month')),
  );

export const resolveMonthPairs: Refiner = (results, ctx) => {
  for (const r of results) {
    if (!r.pair || !r.components) continue;
    const { levantine, other } = r.pair;
    const elsewhere = monthsElsewhere(results, r);
    const refMonth = ctx.reference ? parts(ctx.reference).month : undefined;
    const backsLevantine =
      (elsewhere.has(levantine) && !elsewhere.has(other)) ||
      (r.relation?.monthDirection === 0 && refMonth === levantine);
    const chosen = backsLevantine ? levantine : other;
    r.components.assign('month', chosen);
    r.rangeEnd?.assign('month', chosen);
    ctx.messages?.push({
      ruleId: 'time:month-pair-disagrees',
      reason: `the paired month names say ${levantine} and ${other}; took ${chosen} (${backsLevantine ? 'backed by the context' : 'the Gregorian name'})`,
      severity: 'warning',
      place: ctx.place(r.start, r.end),
    });
  }
  return results;
};
