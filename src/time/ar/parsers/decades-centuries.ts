/**
 * Decades «الخمسينيات» (195), «ثمانينيات القرن الماضي» (198); centuries «القرن التاسع عشر» (18),
 * «القرن الماضي» (19 from 2015), «القرن الحالي». A decade without its century is the latest one not after
 * the reference; a decade by its rank in a century («العقد الأول من القرن الماضي» 190). A decade of someone's age («في الخمسينيات من عمره», «في العشرينات من العمر») is no date.
 */
import { parts } from '../../calendar.js';
import { Components } from '../../components.js';
import { B, E, type Parser, resultOf } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { ORDINALS } from '../numbers.js';
import { regex } from '../pattern.js';

const DECADES = normalizeKeys({
  عشرين: 2,
  ثلاثين: 3,
  أربعين: 4,
  خمسين: 5,
  ستين: 6,
  سبعين: 7,
  ثمانين: 8,
  تسعين: 9,
});
const DECADE_ALT = `(?:ال)?(?<decade>${alternation(DECADES.keys())})(?:يات|ات)`;
/** «من عمره», «من العمر», «عمرها» after a decade: an age, not a time. */
const NOT_AGE = '(?!\\s+(?:من\\s+)?(?:ال)?عمر)';
const CENTURY_ALT = `القرن\\s+(?<century>${alternation(ORDINALS.keys())}|الماضي|الحالي|المنصرم|الجاري|السابق)`;

function centuryOf(word: string, reference: string | null): number | null {
  const ordinal = lookup(ORDINALS, word);
  if (ordinal !== undefined) return ordinal - 1;
  if (!reference) return null;
  const current = Math.floor(parts(reference).year / 100);
  return /^(?:الحالي|الجاري)$/u.test(word) ? current : current - 1;
}

export const DECADE: Parser = {
  tag: 'ar/decade',
  pattern: regex(`${B}(?:عقد\\s+)?${DECADE_ALT}(?:\\s+(?:من\\s+)?${CENTURY_ALT})?${E}${NOT_AGE}`),
  extract(m, ctx) {
    const g = m.groups!;
    const tens = lookup(DECADES, g.decade)!;
    const c = new Components('ar/decade');
    const century = g.century ? centuryOf(g.century, ctx.reference) : null;
    if (century !== null) c.assign('decade', century * 10 + tens);
    else if (ctx.reference) {
      const year = parts(ctx.reference).year;
      const here = Math.floor(year / 100) * 10 + tens;
      c.imply('decade', here * 10 <= year ? here : here - 10);
    }
    return resultOf(m, 'ar/decade', 'DATE', {
      components: c,
      granularity: 'decade',
      relative: century === null,
    });
  },
};

/** «العقد الأول من القرن الماضي» (190 from 2015), «العقد الأخير من القرن العشرين» (199): a decade by its rank. */
export const RANKED_DECADE: Parser = {
  tag: 'ar/decade',
  pattern: regex(
    `${B}العقد\\s+(?<rank>${alternation(ORDINALS.keys())}|الأخير)\\s+(?:من\\s+)?${CENTURY_ALT}${E}`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const rank = lookup(ORDINALS, g.rank) ?? 10;
    const century = centuryOf(g.century, ctx.reference);
    if (rank > 10) return null;
    const c = new Components('ar/decade');
    if (century !== null) c.assign('decade', century * 10 + rank - 1);
    return resultOf(m, 'ar/decade', 'DATE', {
      components: c,
      granularity: 'decade',
      relative: lookup(ORDINALS, g.century) === undefined,
    });
  },
};

export const CENTURY: Parser = {
  tag: 'ar/century',
  pattern: regex(`${B}${CENTURY_ALT}${E}`),
  extract(m, ctx) {
    const century = centuryOf(m.groups!.century, ctx.reference);
    const c = new Components('ar/century');
    if (century !== null) c.assign('century', century);
    const relative = lookup(ORDINALS, m.groups!.century) === undefined;
    return resultOf(m, 'ar/century', 'DATE', {
      components: c,
      granularity: 'century',
      relative,
    });
  },
};
