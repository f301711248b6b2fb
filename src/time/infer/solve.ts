/**
 * The publication day from constraints within a window: the candidate days that pass every constraint;
 * when none does, the weakest constraints are dropped in turn. One candidate gives a day; several give the
 * range from the first to the last, widened by a day for articles filed after midnight. Never a guess.
 */
import type { IsoDay, Published } from '../../types.js';
import { addDays, eachDay } from '../calendar.js';
import type { Constraint } from './text-constraints.js';

export interface Window {
  from: IsoDay;
  to: IsoDay;
  why: string;
}

function passing(days: IsoDay[], constraints: Constraint[]): IsoDay[] {
  return days.filter((d) => constraints.every((c) => c.test(d)));
}

export function solve(window: Window, constraints: Constraint[]): Published {
  return solveDays(window, constraints).published;
}

/** The solution and the candidate days themselves (the range of a solution is widened by a day). */
export function solveDays(
  window: Window,
  constraints: Constraint[],
): { published: Published; candidates: IsoDay[] } {
  const days = eachDay(window.from, window.to);
  let kept = constraints;
  let candidates = passing(days, kept);
  const dropped: string[] = [];
  for (const strength of [1, 2, 3] as const) {
    if (candidates.length > 0) break;
    dropped.push(...kept.filter((c) => c.strength === strength).map((c) => c.evidence));
    kept = kept.filter((c) => c.strength > strength);
    candidates = passing(days, kept);
  }
  const reasons = [...new Set([window.why, ...kept.map((c) => c.evidence)])];
  if (dropped.length) reasons.push(`set aside as contradictory: ${dropped.join('; ')}`);
  const evidence = reasons.join('; ');
  if (candidates.length === 1)
    return { published: { date: candidates[0], how: 'inferred', evidence }, candidates };
  if (candidates.length === 0)
    return {
      published: { date: null, how: 'inferred', range: { from: window.from, to: window.to }, evidence },
      candidates: days,
    };
  const from = candidates[0] === window.from ? window.from : addDays(candidates[0], -1);
  const to = candidates.at(-1) === window.to ? window.to : addDays(candidates.at(-1)!, 1);
  return { published: { date: null, how: 'inferred', range: { from, to }, evidence }, candidates };
}
