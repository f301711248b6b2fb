/**
 * A day and month right after a bloc or movement noun is its name, not a date: «قوى 8 آذار», «تحالف 14
 * آذار», «قوى 8 و14 آذار», «حركة 20 فبراير» (see ../constants/name-heads.ts).
 */
import type { Refiner } from '../../parser.js';
import { alternation, normalizeKeys } from '../constants/index.js';
import { NAME_HEADS } from '../constants/name-heads.js';
import { ar } from '../pattern.js';

const HEADS = alternation(normalizeKeys(Object.fromEntries(NAME_HEADS.map((w) => [w, 1]))).keys());
const BEFORE_NAME = new RegExp(ar(`(?:^|[^\\p{L}])[وف]?(?:لل|[بلك]?(?:ال)?)(?:${HEADS})\\s+$`), 'u');
const NAMEABLE = new Set(['ar/day-month-year', 'ar/day-range']);

export const dropNamedBlocs: Refiner = (results, ctx) =>
  results.filter(
    (r) =>
      !NAMEABLE.has(r.tag) ||
      !r.components?.isStated('day') ||
      !BEFORE_NAME.test(ctx.text.slice(Math.max(0, r.start - 16), r.start)),
  );
