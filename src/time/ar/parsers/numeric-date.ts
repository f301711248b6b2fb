/** «يوم الثلاثاء الموافق 5 / 8 / 2008», «26/4/1948», «( 15 / 1 / 1959 )», «2018-04-15», «بتاريخ 9-2-1948»: day first, or year first. */
import { isValidDay } from '../../calendar.js';
import { Components } from '../../components.js';
import { B_STRICT, type Parser, resultOf } from '../../parser.js';
import { ar, regex } from '../pattern.js';
import { yearOfMonth } from '../relative.js';
import { WEEKDAY_ALT } from '../shared.js';
import { tenseAt } from '../tense.js';

const TAG = 'ar/numeric-date';
const DAY_FIRST =
  '(?<d>\\d{1,2})[ \\t]*(?<sep>[/.-])[ \\t]*(?<m>\\d{1,2})[ \\t]*\\k<sep>[ \\t]*\\(?[ \\t]*(?<y>\\d{4})';
const YEAR_FIRST =
  '(?<y2>\\d{4})[ \\t]*(?<sep2>[/.-])[ \\t]*(?<m2>\\d{1,2})[ \\t]*\\k<sep2>[ \\t]*(?<d2>\\d{1,2})';

export const NUMERIC_DATE: Parser = {
  tag: TAG,
  pattern: regex(
    `${B_STRICT}(?:(?:يوم\\s+)?(?:${WEEKDAY_ALT})\\s*[،,]?\\s*(?:الموافق\\s+)?)?\\(?\\s*(?:${DAY_FIRST}|${YEAR_FIRST})(?![\\d/.-]?\\d)`,
  ),
  extract(m) {
    const g = m.groups!;
    let day = Number(g.d ?? g.d2);
    let month = Number(g.m ?? g.m2);
    const year = Number(g.y ?? g.y2);
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (year < 1000 || year > 2100 || !isValidDay(year, month, day)) return null;
    const c = new Components(TAG).assign('year', year).assign('month', month).assign('day', day);
    return resultOf(m, TAG, 'DATE', {
      components: c,
      granularity: 'day',
      relative: false,
    });
  },
};

/**
 * «بتاريخ 14 / 8» (a day and month in digits after «بتاريخ» or «يوم»): the year of the full date it runs to
 * («بتاريخ 14 / 8 الى 21 / 8 / 1943»), else from the reference and the tense.
 */
const RUNS_TO = new RegExp(
  ar('^\\s*(?:-|–|إلى|الى|حتى)\\s*\\d{1,2}\\s*([/.-])\\s*\\d{1,2}\\s*\\1\\s*(?<year>\\d{4})'),
  'u',
);

export const NUMERIC_DAY_MONTH: Parser = {
  tag: TAG,
  pattern: regex(
    `(?<=(?:^|[^\\p{L}])[وفب]?(?:بتاريخ|تاريخ|يوم)\\s*)(?<d>\\d{1,2})[ \\t]*(?<sep>[/.-])[ \\t]*(?<m>\\d{1,2})(?![ \\t]*[/.-]?[ \\t]*\\d)`,
  ),
  extract(m, ctx) {
    const day = Number(m.groups!.d);
    const month = Number(m.groups!.m);
    if (month < 1 || month > 12 || !isValidDay(2000, month, day)) return null;
    const c = new Components(TAG).assign('month', month).assign('day', day);
    const runsTo = RUNS_TO.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (runsTo?.groups) c.assign('year', Number(runsTo.groups.year));
    else if (ctx.reference)
      c.imply('year', yearOfMonth(ctx.reference, month, undefined, day, tenseAt(ctx.text, m.index)));
    return resultOf(m, TAG, 'DATE', { components: c, granularity: 'day', relative: !runsTo });
  },
};
