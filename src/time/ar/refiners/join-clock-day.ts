/**
 * A clock time and the day it falls on are one time: «الساعة الثانية عشرة صباح الأحد», «الساعة العاشرة من
 * مساء يوم الخميس», «صباح الأحد، في الساعة العاشرة». The clock keeps its hour and takes the day's date, span,
 * relation and relativity; the day's own result is dropped. Between a day and the clock after it may stand
 * «على» or «عند» (the Maghrebi «الأحد 9 أفريل على الساعة 15:00») and «بداية من», «ابتداء من», «انطلاقا من»,
 * «اعتبارا من» (from: «يوم الأحد بداية من الساعة 12:30»). Runs after the part-of-day refiner, which may
 * have grown the day leftwards over the clock's «صباح».
 */
import { pad } from '../../calendar.js';
import type { ParsedResult, Refiner } from '../../parser.js';
import { ar } from '../pattern.js';

const CLOCK_TAG = 'ar/clock';
/** «بالتوقيت المحلي», «بتوقيت غرينتش», «حسب التوقيت المحلي»: a zone between the clock and its day. */
const ZONE = '(?:[وف]?(?:[بل]|حسب\\s+|وفق\\s+)?(?:ال)?توقيت(?:\\s+[^\\s،,.]+){0,2}\\s*[،,]?\\s*)?';
const DAY_AFTER_CLOCK = new RegExp(ar(`^\\s*[،,]?\\s*${ZONE}(?:من\\s+)?(?:يوم\\s+)?$`), 'u');
const CLOCK_AFTER_DAY = new RegExp(
  ar(
    '^\\s*[،,]?\\s*(?:و\\s*)?(?:في\\s+|على\\s+|عند\\s+|(?:بداية|ابتداء|انطلاقا|اعتبارا)\\s+من\\s+)?(?:تمام\\s+)?$',
  ),
  'u',
);
const DAY_UNITS = ['year', 'month', 'day', 'weekday'] as const;

const isDay = (r: ParsedResult) =>
  r.tag !== CLOCK_TAG &&
  (r.type === 'DATE' || r.type === 'TIME') &&
  r.granularity === 'day' &&
  !!r.components;

/** The day told right after or right before the clock, or undefined. */
function dayOf(clock: ParsedResult, results: ParsedResult[], text: string): ParsedResult | undefined {
  return results.find(
    (r) =>
      isDay(r) &&
      ((r.start > clock.start &&
        (r.start <= clock.end || DAY_AFTER_CLOCK.test(text.slice(clock.end, r.start)))) ||
        (r.end <= clock.start && CLOCK_AFTER_DAY.test(text.slice(r.end, clock.start)))),
  );
}

export const joinClockDay: Refiner = (results, ctx) => {
  const dropped = new Set<ParsedResult>();
  for (const clock of results) {
    if (clock.tag !== CLOCK_TAG || !clock.components || dropped.has(clock)) continue;
    const day = dayOf(clock, results, ctx.text);
    if (!day?.components || dropped.has(day)) continue;
    for (const unit of DAY_UNITS) {
      const part = day.components.known[unit];
      if (part) clock.components.known[unit] = { ...part };
    }
    if (day.timeOfDay) setPartOfDay(clock, day.timeOfDay);
    clock.start = Math.min(clock.start, day.start);
    clock.end = Math.max(clock.end, day.end);
    clock.relative = day.relative;
    if (day.relation) clock.relation = day.relation;
    dropped.add(day);
  }
  return results.filter((r) => !dropped.has(r));
};

/**
 * The day's part says which half of the day the clock is in: «الساعة الرابعة والربع … مساء الجمعة» 16:15,
 * «الساعة العاشرة ليلة الخميس» 22:00, «الساعة الواحدة ظهر الأحد» 13:00; «الساعة الثانية ليل الأحد» stays 02:00.
 */
const AFTER_NOON: Record<string, (hour: number) => boolean> = {
  AF: (h) => h < 12,
  EV: (h) => h < 12,
  NI: (h) => h >= 7 && h < 12,
  MI: (h) => h >= 1 && h <= 5,
};

function setPartOfDay(clock: ParsedResult, part: string): void {
  const hour = clock.components?.get('hour');
  const minute = clock.components?.get('minute') ?? 0;
  if (hour === undefined || !AFTER_NOON[part]?.(hour)) return;
  clock.components?.assign('hour', hour + 12);
  clock.timeOfDay = `${pad(hour + 12)}:${pad(minute)}`;
}
