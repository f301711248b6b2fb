/** Of overlapping results keep the longest (the earlier one on a tie): chrono's overlap remover. */
import type { Refiner } from '../../parser.js';

export const removeOverlaps: Refiner = (results) => {
  const sorted = [...results].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof results = [];
  for (const r of sorted) if (!kept.some((k) => r.start < k.end && k.start < r.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
};
