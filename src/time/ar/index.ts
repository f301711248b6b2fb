/**
 * The Arabic configuration, in chrono's shape: the parsers (each finds its own idea in the whole text), then
 * the refiners in order. Ordering: overlaps are removed first so that refiners see one reading per span (and a
 * bloc's name «قوى 8 و14 آذار» is dropped whole, not left with its shorter «14 آذار»);
 * month pairs are settled before ranges copy months; mods and parts of day grow spans leftwards last, and
 * overlaps are removed again after them.
 */
import type { Parser, Refiner } from '../parser.js';
import { AGO_LATER } from './parsers/ago-later.js';
import { CLOCK } from './parsers/clock.js';
import { DAY_MONTH_YEAR } from './parsers/day-month-year.js';
import { DAY_OF_RELATIVE_MONTH } from './parsers/day-of-relative-month.js';
import { DAY_RANGE } from './parsers/day-range.js';
import { CENTURY, DECADE, RANKED_DECADE } from './parsers/decades-centuries.js';
import { DURATION } from './parsers/durations.js';
import { ERA } from './parsers/eras.js';
import { HIJRI_DATE } from './parsers/hijri-date.js';
import { LAST_UNITS } from './parsers/last-units.js';
import { MONTH_YEAR } from './parsers/month-year.js';
import { NEXT_DAY } from './parsers/next-day.js';
import { NUMERIC_DATE, NUMERIC_DAY_MONTH } from './parsers/numeric-date.js';
import { PART_OF_DAY } from './parsers/part-of-day.js';
import { PART_OF_YEAR } from './parsers/part-of-year.js';
import { REFERENCE, SEASON } from './parsers/references.js';
import { RELATIVE_DAY } from './parsers/relative-day.js';
import { RELATIVE_UNIT } from './parsers/relative-unit.js';
import { SET } from './parsers/sets.js';
import { VAGUE_COUNT } from './parsers/vague-count.js';
import { WEEKDAY } from './parsers/weekday.js';
import { BARE_YEAR, HIJRI_YEAR, YEAR, YEAR_SPAN } from './parsers/years.js';
import { anchorNextDay } from './refiners/anchor-next-day.js';
import { applyMods } from './refiners/apply-mods.js';
import { applyPartOfDay } from './refiners/apply-part-of-day.js';
import { dropNamedBlocs } from './refiners/drop-named-blocs.js';
import { dropNamedMonths } from './refiners/drop-named-months.js';
import { dropWordSenses } from './refiners/drop-word-senses.js';
import { joinClockDay } from './refiners/join-clock-day.js';
import { joinSpacedMonthPairs } from './refiners/join-spaced-month-pairs.js';
import { mergeRanges } from './refiners/merge-ranges.js';
import { placeWeekStart } from './refiners/place-week-start.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { resolveMonthPairs } from './refiners/resolve-month-pairs.js';
import { trimSpans } from './refiners/trim-spans.js';

export const PARSERS: readonly Parser[] = [
  DAY_RANGE,
  DAY_MONTH_YEAR,
  DAY_OF_RELATIVE_MONTH,
  NUMERIC_DATE,
  NUMERIC_DAY_MONTH,
  RELATIVE_DAY,
  NEXT_DAY,
  HIJRI_DATE,
  MONTH_YEAR,
  WEEKDAY,
  RELATIVE_UNIT,
  YEAR,
  BARE_YEAR,
  YEAR_SPAN,
  HIJRI_YEAR,
  AGO_LATER,
  VAGUE_COUNT,
  LAST_UNITS,
  DURATION,
  SET,
  PART_OF_YEAR,
  DECADE,
  RANKED_DECADE,
  CENTURY,
  REFERENCE,
  ERA,
  SEASON,
  CLOCK,
  PART_OF_DAY,
];

export const REFINERS: readonly Refiner[] = [
  trimSpans,
  removeOverlaps,
  dropNamedBlocs,
  dropNamedMonths,
  dropWordSenses,
  joinSpacedMonthPairs,
  resolveMonthPairs,
  mergeRanges,
  anchorNextDay,
  applyPartOfDay,
  joinClockDay,
  applyMods,
  placeWeekStart,
  removeOverlaps,
];
