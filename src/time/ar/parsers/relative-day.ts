/**
 * أمس، البارحة، أول من أمس، اليوم، غداً، الغد، بعد غد; with a weekday and a date that agree with it or not:
 * «اليوم الثلاثاء», «أمس الجمعة», «غد الإثنين», «اليوم، الثلاثاء 10 من كانون الأول». The value is the
 * reference shifted; the stated weekday and date are kept for publication-date inference. A stated year that
 * the stated weekday contradicts while the reference's day agrees with the day, month and weekday is a slip
 * (last year's number early in January: «اليوم السبت 07 جانفي 2016» on Saturday 7 January 2017): the day is
 * the reference's, and a message says so.
 */
import { addDays, isoDay, isValidDay, parts, weekdayOf } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { alternation, GREGORIAN_ALT, lookup, normalizeKeys } from '../constants/index.js';
import { MONTH_EXPR, readMonth } from '../month-expression.js';
import { ORDINAL_ALT, parseDay } from '../numbers.js';
import { regex } from '../pattern.js';
import { implyDay } from '../relative.js';
import { WEEKDAY_ALT, WEEKDAY_OF } from '../shared.js';

const TAG = 'ar/relative-day';
export const RELATIVE_DAYS = normalizeKeys({
  'أول من أمس': -2,
  'أول أمس': -2,
  'أول امس': -2,
  'أمس الأول': -2,
  أمس: -1,
  الأمس: -1,
  البارحة: -1,
  اليوم: 0,
  غدا: 1,
  الغد: 1,
  بكرا: 1,
  غد: 1,
  'بعد غد': 2,
  'بعد الغد': 2,
});

/**
 * «اليوم التالي», «اليوم العالمي للمرأة», «لليوم الخامس على التوالي» are not today; an ordinal is a day of
 * the month only before a month («اليوم، الخامس من مايو»).
 */
const NOT_AN_ADJECTIVE =
  '(?!\\s+(?:التالي|السابق|الأخير|العالمي|الوطني|الدولي|الدراسي|المفتوح|الواحد))' +
  `(?!\\s+(?:${ORDINAL_ALT})(?!\\s*[،,]?\\s*(?:من\\s+)?(?:شهر\\s+)?(?:${GREGORIAN_ALT})))`;

/** Whether a stated year is a slip: its day is not the weekday stated, and the target day is all of them. */
function yearSlip(
  target: string,
  weekday?: string,
  month?: number,
  day?: number | null,
  year?: string,
): boolean {
  if (!year || !weekday || !month || !day || !isValidDay(Number(year), month, day)) return false;
  const wanted = WEEKDAY_OF(weekday);
  const t = parts(target);
  return (
    weekdayOf(isoDay(Number(year), month, day)) !== wanted &&
    t.month === month &&
    t.day === day &&
    weekdayOf(target) === wanted
  );
}

export const RELATIVE_DAY: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?<word>${alternation(RELATIVE_DAYS.keys())})${NOT_AN_ADJECTIVE}(?:\\s*[،,]?\\s*(?:يوم\\s+)?(?<weekday>${WEEKDAY_ALT}))?` +
      `(?:\\s*[،,]?\\s*(?:الموافق\\s+)?(?<day>\\d{1,2}|${ORDINAL_ALT})(?:\\s+من)?(?:\\s+شهر)?\\s+${MONTH_EXPR}(?:\\s+(?<year>\\d{4}))?)?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const offset = lookup(RELATIVE_DAYS, g.word)!;
    const c = new Components(TAG);
    if (g.weekday) c.assign('weekday', WEEKDAY_OF(g.weekday));
    const month = readMonth(g.month, g.month2);
    const day = g.day ? parseDay(g.day) : null;
    if (month && day) c.assign('month', month.month).assign('day', day);
    const slip = ctx.reference
      ? yearSlip(addDays(ctx.reference, offset), g.weekday, month?.month, day, g.year)
      : false;
    if (g.year && !slip) c.assign('year', Number(g.year));
    if (slip)
      ctx.messages?.push({
        ruleId: 'time:year-slip',
        reason: `«${g.year}» is not the year of «${m[0].trim()}»: its weekday falls on that day in the reference's year`,
        severity: 'info',
        place: ctx.place(m.index, m.index + m[0].length),
      });
    if (ctx.reference) {
      const target = addDays(ctx.reference, offset);
      if (g.weekday && weekdayOf(target) !== WEEKDAY_OF(g.weekday)) {
        ctx.messages?.push({
          ruleId: 'time:weekday-disagrees',
          reason: `«${g.word}» is a ${weekdayOf(target)} (0 = Sunday) against the reference date, the text says ${WEEKDAY_OF(g.weekday)}`,
          severity: 'info',
          place: ctx.place(m.index, m.index + m[0].length),
        });
      }
      implyDay(c, target);
      if (!c.isStated('year') && c.isStated('month')) c.imply('year', parts(target).year);
    }
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity: 'day',
      relative: true,
      relation: { offsetDays: offset },
    });
  },
};
