/**
 * The window a publication date is looked for in: the `--period` when given; otherwise, from the text, the
 * years after the latest full date it reports in the past tense (an article is published after what it
 * reports), two years wide. Null when neither is known.
 */
import type { RunOptions, Timex } from '../../types.js';
import type { Window } from './solve.js';

interface Parsed {
  stated?: { year?: number; month?: number; day?: number };
  tense?: string;
}

export function windowFor(timexes: Timex[], options: RunOptions): Window | null {
  if (options.period)
    return { ...options.period, why: `within the period ${options.period.from}..${options.period.to}` };
  const past = timexes.filter((t) => {
    const p = (t.parsed ?? {}) as Parsed;
    return (
      t.type === 'DATE' &&
      p.tense === 'past' &&
      p.stated?.year !== undefined &&
      p.stated.day !== undefined &&
      t.range
    );
  });
  if (past.length === 0) return null;
  const latest = past
    .map((t) => t.range!.from)
    .sort()
    .at(-1)!;
  const year = Number(latest.slice(0, 4));
  return { from: latest, to: `${year + 1}-12-31`, why: `after ${latest}, the latest date the text reports` };
}
