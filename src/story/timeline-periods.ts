/**
 * The HTML timeline's periods: a heading per month (or year) and, for a story of several months, an index of
 * them at the top, so that a reader of a long timeline goes to a month in one click (no script: anchors).
 */
import type { StoryEvent } from './schema.js';

const MONTHS_AR = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيو',
  'تموز/يوليو',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A period's key: the «YYYY-MM» (or «YYYY») an event starts in. */
export const periodKey = (event: StoryEvent): string => event.date.start.slice(0, 7);

/** «2017-07» → Arabic «تموز/يوليو 2017» and English «July 2017»; a bare year stays a year. Keys are digits. */
function periodNames(key: string): { ar: string; en: string } {
  const [y, m] = key.split('-');
  if (!m) return { ar: y, en: y };
  return { ar: `${MONTHS_AR[Number(m) - 1]} ${y}`, en: `${MONTHS_EN[Number(m) - 1]} ${y}` };
}

const en = (text: string) => `<span lang="en" dir="ltr">${text}</span>`;

/** The heading of a period. */
export function periodHeading(key: string): string {
  const { ar, en: english } = periodNames(key);
  return `<h2 class="period">${ar}${english === ar ? '' : ` ${en(english)}`}</h2>`;
}

/** The id of a period's section, the target of the index's link (`p-2017-07`). */
export const periodAnchor = (key: string): string => `p-${key}`;

/** The index of the story's periods with their event counts; none for a story of one or two periods. */
export function periodIndex(events: StoryEvent[]): string {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(periodKey(event), (counts.get(periodKey(event)) ?? 0) + 1);
  if (counts.size < 3) return '';
  const links = [...counts].map(
    ([key, n]) =>
      `<li><a href="#${periodAnchor(key)}">${periodNames(key).ar} <span class="n">(${n})</span></a></li>`,
  );
  return `<nav class="periods" aria-label="الأشهر"><b>الأشهر</b> ${en('Months')}<ul>${links.join('')}</ul></nav>`;
}
