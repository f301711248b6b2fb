/** General references (الآن PRESENT_REF, مؤخرا PAST_REF, قريبا FUTURE_REF) and seasons («الصيف» 2015-SU). */
import { parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { REFERENCE_WORDS, SEASONS } from '../constants/units.js';
import { regex } from '../pattern.js';
import { DIRECTION_OF, DIRECTIONS_ALT } from '../shared.js';

const REFS = normalizeKeys(REFERENCE_WORDS);
const SEASON_KEYS = normalizeKeys(SEASONS);
/** A year after a season, with or without «عام»: «صيف 2018», «ربيع عام 2019». «ربيع», «خريف» alone need it
 * (a given name, the Hijri «ربيع الأول»). */
const YEAR_AFTER = '\\s+(?:(?:عام|العام|سنة)\\s+)?(?<year>\\d{4})';

export const REFERENCE: Parser = {
  tag: 'ar/reference',
  pattern: regex(`${B}(?<word>${alternation(REFS.keys())})${E}`),
  extract(m) {
    const value = lookup(REFS, m.groups!.word)!;
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
