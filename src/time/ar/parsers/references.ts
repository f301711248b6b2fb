/**
 * General references (الآن PRESENT_REF, مؤخرا PAST_REF, قريبا FUTURE_REF) and seasons («الصيف» 2015-SU). The
 * last stretch of something named after «من» is that thing's, not the time before now: «السنوات الأخيرة من
 * القرن العشرين», «الأشهر الأخيرة من حكمه» are no PAST_REF («منعه في السنوات الأخيرة من استخدام يده» is).
 */
import { parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { REFERENCE_WORDS, SEASONS } from '../constants/units.js';
import { ar, regex } from '../pattern.js';
import { DIRECTION_OF, DIRECTIONS_ALT } from '../shared.js';

const REFS = normalizeKeys(REFERENCE_WORDS);
const LAST_OF = new RegExp(ar('الأخيرة$'), 'u');
/** A span of time or of a life or rule after «من»; not a verbal noun («منعه في السنوات الأخيرة من استخدام»). */
const OF_NAMED = new RegExp(
  ar('^\\s+من\\s+(?:ال)?(?:قرن|عقد|عام|سنة|شهر|حكم|حياة|حيات|عمر|ولاية|عهد|فترة|حقبة|حرب|مسيرة|مسيرت)'),
  'u',
);
const SEASON_KEYS = normalizeKeys(SEASONS);
/** A year after a season, with or without «عام»: «صيف 2018», «ربيع عام 2019». «ربيع», «خريف» alone need it
 * (a given name, the Hijri «ربيع الأول»). */
const YEAR_AFTER = '\\s+(?:(?:عام|العام|سنة)\\s+)?(?<year>\\d{4})';

export const REFERENCE: Parser = {
  tag: 'ar/reference',
  pattern: regex(`${B}(?<word>${alternation(REFS.keys())})${E}`),
  extract(m, ctx) {
    const value = lookup(REFS, m.groups!.word)!;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (LAST_OF.test(m.groups!.word) && OF_NAMED.test(after)) return null;
    return resultOf(m, 'ar/reference', 'DATE', {
      value,
      relative: true,
    });
  },
};

export const SEASON: Parser = {
  tag: 'ar/season',
  pattern: regex(
    `${B}(?:(?<season>${alternation(SEASON_KEYS.keys())})(?:\\s+(?<dir>${DIRECTIONS_ALT}))?|(?<season2>ربيع|خريف)(?=\\s+(?:(?:عام|العام|سنة)\\s+)?\\d{4}))(?:${YEAR_AFTER})?${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const c = new Components('ar/season');
    if (g.year) c.assign('year', Number(g.year));
    else if (ctx.reference) c.imply('year', parts(ctx.reference).year + (g.dir ? DIRECTION_OF(g.dir) : 0));
    const season = lookup(SEASON_KEYS, g.season ?? `ال${g.season2}`)!;
    return resultOf(m, 'ar/season', 'DATE', {
      components: c,
      granularity: 'season',
      season,
      relative: !g.year,
    });
  },
};
