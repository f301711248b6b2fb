/**
 * «صباح غد الإثنين», «مساء أمس», «ليلة الخميس», «صباح يوم 5 مارس»: a part of day before a day makes it a
 * TIME with the TIMEX3 time-of-day suffix (TMO, TEV, TNI…).
 */

import type { Refiner } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { PARTS_OF_DAY } from '../constants/units.js';
import { ar } from '../pattern.js';

const PARTS = normalizeKeys(PARTS_OF_DAY);
const BEFORE = new RegExp(
  ar(`(?:^|[^\\p{L}])[وف]?(?<part>${alternation(PARTS.keys())})(?:\\s+(?:يوم|اليوم))?\\s+$`),
  'u',
);

export const applyPartOfDay: Refiner = (results, ctx) => {
  for (const r of results) {
    if (r.type !== 'DATE' || r.granularity !== 'day' || !r.components) continue;
    const before = ctx.text.slice(Math.max(0, r.start - 20), r.start);
    const m = BEFORE.exec(before);
    if (!m?.groups) continue;
    const partStart = r.start - before.length + m.index + m[0].indexOf(m.groups.part);
    r.start = partStart;
    r.type = 'TIME';
    r.timeOfDay = lookup(PARTS, m.groups.part);
  }
  return results;
};
