/**
 * TIMEX3 mods from the word before: مطلع/أوائل/بداية → START, منتصف/أواسط → MID, أواخر/نهاية → END,
 * نحو/حوالي → APPROX, أكثر من → MORE_THAN, أقل من → LESS_THAN. The span grows to hold the word. A part of
 * a unit before a set is the part of each («نهاية كل شهر» P1M END).
 */

import type { Refiner } from '../../parser.js';
import { alternation, lookup, normalizeKeys } from '../constants/index.js';
import { MODS } from '../constants/units.js';
import { ar } from '../pattern.js';

const MOD_KEYS = normalizeKeys(MODS);
const BEFORE = new RegExp(ar(`(?:^|[^\\p{L}])[وف]?[بل]?(?<mod>${alternation(MOD_KEYS.keys())})\\s+$`), 'u');
const APPROX_ONLY = new Set(['APPROX', 'MORE_THAN', 'LESS_THAN']);

export const applyMods: Refiner = (results, ctx) => {
  for (const r of results) {
    const before = ctx.text.slice(Math.max(0, r.start - 16), r.start);
    const m = BEFORE.exec(before);
    if (!m?.groups) continue;
    const mod = lookup(MOD_KEYS, m.groups.mod)!;
    const fits = APPROX_ONLY.has(mod)
      ? r.type === 'DURATION' || r.type === 'DATE'
      : r.type === 'DATE' || (r.type === 'SET' && !r.mod);
    if (!fits) continue;
    r.start = r.start - before.length + m.index + m[0].indexOf(m.groups.mod);
    r.mod = mod;
  }
  return results;
};
