/**
 * The window a publication date is looked for in: the `--period` when given. Otherwise the text bounds the
 * day from below only: an article is published after the latest date it reports in the past tense (a full
 * date, a month or a year: «عام 2018» after «6 أكتوبر 1973» moves the bound to 2018). Nothing in a text bounds
 * its day from above: the latest date it reports may be last week's news or history («حرب 6 أكتوبر عام 1973»
 * told in 2018; on ANT v2.1 dev, the latest date told plus about a year held the true day for 107 of 251
 * articles). So the window, two years from that bound, is given only when the text names its own day
 * («اليوم، الثلاثاء 10 من كانون الأول»), for the year to be chosen; otherwise none, and no range is made.
 */
import type { IsoDay, RunOptions, Timex } from '../../types.js';
import { isSelfDating } from './self-dating.js';
import type { Window } from './solve.js';

interface Parsed {
  stated?: { year?: number; month?: number; day?: number };
  relation?: { offsetDays?: number };
  tense?: string;
  tenseTold?: boolean;
}

const parsedOf = (t: Timex) => (t.parsed ?? {}) as Parsed;

/**
 * The latest date the text reports in the past tense with its year stated (by its first day); null if none.
 * `told`: only a past a word of its clause tells, not the past taken when no word tells a tense.
 */
export function latestReported(timexes: Timex[], told = false): { day: IsoDay; text: string } | null {
  let latest: { day: IsoDay; text: string } | null = null;
  for (const t of timexes) {
    const p = parsedOf(t);
    if (t.type !== 'DATE' || p.tense !== 'past' || p.stated?.year === undefined || !t.range) continue;
    if (told && !p.tenseTold) continue;
    if (!latest || t.range.from > latest.day) latest = { day: t.range.from, text: t.text };
  }
  return latest;
}

/** Whether a self-dating expression names the article's day and month («اليوم 15 تموز», «أمس الأحد 14 تموز»). */
export function namesOwnDay(timexes: Timex[]): boolean {
  return timexes.some((t) => {
    const p = parsedOf(t);
    return (
      isSelfDating(t) &&
      p.relation?.offsetDays !== undefined &&
      p.stated?.day !== undefined &&
      p.stated.month !== undefined
    );
  });
}

export function windowFor(timexes: Timex[], options: RunOptions): Window | null {
  if (options.period)
    return { ...options.period, why: `within the period ${options.period.from}..${options.period.to}` };
  const latest = latestReported(timexes);
  if (!latest || !namesOwnDay(timexes)) return null;
  const year = Number(latest.day.slice(0, 4));
  return {
    from: latest.day,
    to: `${year + 1}-12-31`,
    why: `after «${latest.text}» (${latest.day}), the latest date the text reports, and within two years of it`,
  };
}
