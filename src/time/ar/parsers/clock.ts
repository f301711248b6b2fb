/**
 * Clock times: «الساعة 10:30 صباحا», «الساعة التاسعة مساء», «في تمام الساعة الحادية عشرة». A TIME on the
 * reference day (T10:30); without a reference its day is unknown.
 */

import { pad } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { regex } from '../pattern.js';
import { implyDay } from '../relative.js';

const HOURS = normalizeKeys({
  الواحدة: 1,
  الثانية: 2,
  الثالثة: 3,
  الرابعة: 4,
  الخامسة: 5,
  السادسة: 6,
  السابعة: 7,
  الثامنة: 8,
  التاسعة: 9,
  العاشرة: 10,
  'الحادية عشرة': 11,
  'الحادية عشر': 11,
  'الثانية عشرة': 12,
  'الثانية عشر': 12,
});
const FRACTIONS = normalizeKeys({ والنصف: 30, والربع: 15, 'إلا ربعا': -15, 'إلا الربع': -15, والثلث: 20 });
const AFTERNOON = /^(?:مساء|ظهرا|عصرا|ليلا)/u;

export const CLOCK: Parser = {
  tag: 'ar/clock',
  pattern: regex(
    `${B}(?:في\\s+تمام\\s+)?الساعة\\s+(?:(?<h>\\d{1,2})(?:[:.](?<min>\\d{2}))?|(?<hw>${alternation(HOURS.keys())})(?:\\s+(?<frac>${alternation(FRACTIONS.keys())}))?)` +
      `(?:\\s+(?:من\\s+)?(?<ampm>صباحا|صباح|مساء|مساءً|ظهرا|عصرا|ليلا|فجرا))?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    let hour = g.h ? Number(g.h) : lookup(HOURS, g.hw ?? '')!;
    let minute = g.min ? Number(g.min) : g.frac ? lookup(FRACTIONS, g.frac)! : 0;
    if (minute < 0) {
      hour -= 1;
      minute += 60;
    }
    if (g.ampm && AFTERNOON.test(g.ampm) && hour < 12) hour += 12;
    if (hour > 24 || minute > 59) return null;
    const c = new Components('ar/clock').assign('hour', hour).assign('minute', minute);
    if (ctx.reference) implyDay(c, ctx.reference);
    return resultOf(m, 'ar/clock', 'TIME', {
      components: c,
      granularity: 'day',
      timeOfDay: `${pad(hour)}:${pad(minute)}`,
      relative: true,
    });
  },
};
