/**
 * A date a count away from the reference: «قبل خمسة وتسعين عاما» (1920 from 2015), «منذ ثلاثة أيام»,
 * «بعد 40 عاما», «قبل أسبوع», «قبل أكثر من عام» (MORE_THAN). The granularity is the unit's (days for days and weeks).
 * A count followed by «من/على/عن» counts from an event named after it («وبعد يومين من سيطرة القوات», «قبل أكثر
 * من شهرين على انطلاق الموسم», «بعد عام واحد فقط من تشكيل الحزب»), not from the reference: no date here (the count alone is a DURATION), unless
 * the event is now («قبل يومين من الآن»). «بعد» + years with a year told just before and no word of the future
 * counts from that year («في 1998 … وبعد 20 عاما، يعود» 2018; ../story-year.ts). A half or quarter more counts in the
 * finer unit: «منذ عام ونصف» is 18 months back (month granularity).
 */
import { addDays, parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Granularity, type Parser, resultOf } from '../../parser.js';
import { COUNT_EXPR, type Count, durationValue, inWholeUnits, ONE_UNIT_EXPR, readCount } from '../count.js';
import { ar, regex } from '../pattern.js';
import { implyDay, implyMonthShift } from '../relative.js';
import { lastToldYear } from '../story-year.js';
import { tenseAt } from '../tense.js';

const TAG = 'ar/ago-later';
const UNIT_DAYS = { day: 1, week: 7 } as const;
/**
 * A length spent in a role or a place: «بعد 22 عاما قضاها في النادي», «بعد 18 عاما في الحكم», «بعد سبع سنوات
 * في المنفى», «بعد عام حافل بالخسائر»: the count is how long, not a date.
 */
const SPENT = new RegExp(
  ar(
    '^\\s*[،,]?\\s*(?:(?:قضا|أمضا)(?:ها|ه|هما)|حافل|حافلة|حافلا|في\\s+(?:ال)?(?:حكم|سلطة|منفى|سجن|سجون|منصب|رئاسة|خدمة|ملاعب|اعتقال|أسر|غربة|معتقل))(?![\\p{L}])',
  ),
  'u',
);
const FROM_EVENT = new RegExp(
  ar(
    '^\\s*(?:(?:فقط|فحسب|واحد|واحدة|تقريبا)\\s+){0,2}(?:من|على|عن)\\s+(?!(?:الآن|اليوم|تاريخه)(?!\\p{L}))\\p{L}',
  ),
  'u',
);

export const AGO_LATER: Parser = {
  tag: TAG,
  pattern: regex(
    `${B}(?<dir>قبل|منذ|بعد)\\s+(?:(?<mod>أكثر\\s+من|أقل\\s+من|نحو|حوالي|قرابة)\\s+)?(?:${COUNT_EXPR}|${ONE_UNIT_EXPR})${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const told = readCount(g);
    if (!told || told.unit === 'minute' || told.unit === 'hour') return null;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (g.dir !== 'منذ' && (FROM_EVENT.test(after) || (g.dir === 'بعد' && SPENT.test(after))))
      return countedFromEvent(m, told);
    const count = inWholeUnits(told);
    const sign = g.dir === 'بعد' ? 1 : -1;
    const c = new Components(TAG);
    let granularity: Granularity = 'year';
    if (count.unit === 'day' || count.unit === 'week') {
      granularity = 'day';
      if (ctx.reference) implyDay(c, addDays(ctx.reference, sign * count.n * UNIT_DAYS[count.unit]));
    } else if (count.unit === 'month') {
      granularity = 'month';
      if (ctx.reference) implyMonthShift(c, ctx.reference, sign * count.n);
    } else {
      const years = count.n * (count.unit === 'decade' ? 10 : count.unit === 'century' ? 100 : 1);
      const told = sign > 0 ? toldYearBefore(ctx.text, m.index) : null;
      if (told !== null) {
        c.assign('year', told + years);
        return resultOf(m, TAG, 'DATE', { components: c, granularity, relative: false });
      }
      if (ctx.reference) c.imply('year', parts(ctx.reference).year + sign * years);
    }
    const mod = g.mod
      ? g.mod.startsWith('اكثر')
        ? 'MORE_THAN'
        : g.mod.startsWith('اقل')
          ? 'LESS_THAN'
          : 'APPROX'
      : undefined;
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity,
      relative: true,
      ...(mod ? { mod } : {}),
    });
  },
};

/** «وبعد 20 عاما» with a year just told and no word of the future counts from that year. */
function toldYearBefore(text: string, index: number): number | null {
  return tenseAt(text, index) === 'future' ? null : lastToldYear(text, index);
}

/** «بعد يومين من سيطرة …»: the count alone, a DURATION (its approximation kept). */
function countedFromEvent(m: RegExpExecArray, count: Count) {
  const dir = m.groups!.dir;
  const rest = m[0].slice(dir.length);
  const r = resultOf(m, TAG, 'DURATION', { value: durationValue(count), relative: false });
  r.start = m.index + dir.length + (rest.length - rest.trimStart().length);
  return r;
}
