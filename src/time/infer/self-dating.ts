/**
 * Whether a timex tells the article's own day relative to it («اليوم الثلاثاء», «أمس الأحد 14 تموز»): a
 * relative day, also when a clock time after it made them one time («اليوم الخميس، على الساعة العاشرة»
 * keeps the clock's tag and the day's relation).
 */
import type { Timex } from '../../types.js';

const SELF_DATING_TAGS = ['ar/relative-day', 'ar/clock'];

export function isSelfDating(t: Timex): boolean {
  const relation = (t.parsed as { relation?: { offsetDays?: number } } | undefined)?.relation;
  return SELF_DATING_TAGS.some((tag) => t.tag.startsWith(tag)) && relation?.offsetDays !== undefined;
}
