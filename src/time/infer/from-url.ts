/** A publication date written in a page's URL: «/2018/04/15/», «2018-04-15», «20180415». */

import type { IsoDay } from '../../types.js';
import { isoDay, isValidDay } from '../calendar.js';

const PATTERNS = [
  /(?<![\d])(?<y>(?:19|20)\d{2})[/_-](?<m>\d{1,2})[/_-](?<d>\d{1,2})(?![\d])/u,
  /(?<![\d])(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?![\d])/u,
];

export function dateFromUrl(url: string | undefined): IsoDay | null {
  if (!url) return null;
  for (const re of PATTERNS) {
    const g = re.exec(url)?.groups;
    if (!g) continue;
    const [y, m, d] = [Number(g.y), Number(g.m), Number(g.d)];
    if (isValidDay(y, m, d)) return isoDay(y, m, d);
  }
  return null;
}
