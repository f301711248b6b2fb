/**
 * Publication ranges judged against the truth: how often an inferred answer (a day or a range) holds the true
 * day, split by the kind of evidence it rests on (read from its evidence words), and the median range width.
 * An answer built on several kinds counts under each.
 */
import { daysBetween } from '../../src/time/calendar.js';
import type { IsoDay, Published } from '../../src/types.js';

/** Kinds of evidence, by the words src/time/infer/** writes for them. */
export const EVIDENCE_KINDS: [kind: string, words: RegExp][] = [
  ['period', /within the period/u],
  ['latest date told', /the latest date the text reports/u],
  ['weekday', /dates the article to a/u],
  ['day named', /names the day itself/u],
  ['current month', /says the month is the current one/u],
  ['dated weekday', /names a weekday (?:before|after) the article's day/u],
  ['collection', /\blike «/u],
  ['shared events', /tells the /u],
  ['set aside', /set aside as contradictory/u],
];

export interface RangeTally {
  answers: number;
  days: { right: number; wrong: number };
  ranges: { holding: number; excluding: number; widths: number[] };
  byKind: Record<string, { answers: number; holding: number }>;
}

export function newTally(): RangeTally {
  return {
    answers: 0,
    days: { right: 0, wrong: 0 },
    ranges: { holding: 0, excluding: 0, widths: [] },
    byKind: {},
  };
}

/** Counts one answer against the true day (a day within one of the truth is right: filed after midnight). */
export function tallyAnswer(tally: RangeTally, p: Published, truth: IsoDay): void {
  if (!p.date && !p.range) return;
  tally.answers++;
  let holds: boolean;
  if (p.date) {
    holds = Math.abs(daysBetween(truth, p.date)) <= 1;
    tally.days[holds ? 'right' : 'wrong']++;
  } else {
    const r = p.range!;
    holds = r.from <= truth && truth <= r.to;
    tally.ranges[holds ? 'holding' : 'excluding']++;
    tally.ranges.widths.push(daysBetween(r.from, r.to) + 1);
  }
  for (const [kind, words] of EVIDENCE_KINDS) {
    if (!words.test(p.evidence)) continue;
    tally.byKind[kind] ??= { answers: 0, holding: 0 };
    const k = tally.byKind[kind];
    k.answers++;
    if (holds) k.holding++;
  }
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

/** The figures of a tally, named with a prefix: answers, days right and wrong, ranges and the share holding the truth, median width. */
export function rangeFigures(prefix: string, t: RangeTally): Record<string, number> {
  const ranges = t.ranges.holding + t.ranges.excluding;
  return {
    [`${prefix}Answers`]: t.answers,
    [`${prefix}DaysRight`]: t.days.right,
    [`${prefix}DaysWrong`]: t.days.wrong,
    [`${prefix}Ranges`]: ranges,
    // a share of no ranges would read as a score: left out
    ...(ranges ? { [`${prefix}RangesHolding`]: t.ranges.holding / ranges } : {}),
    [`${prefix}MedianRangeDays`]: median(t.ranges.widths),
  };
}

/** A paragraph and a table: answers, days, ranges holding the truth, and each kind of evidence. */
export function rangesMarkdown(name: string, t: RangeTally): string {
  const ranges = t.ranges.holding + t.ranges.excluding;
  return [
    `**${name}**: ${t.answers} answers; days ${t.days.right} right (within a day), ${t.days.wrong} wrong; ` +
      `ranges holding the true day ${t.ranges.holding} of ${ranges} (${pct(t.ranges.holding, ranges)}), ` +
      `median width ${median(t.ranges.widths)} days. By the evidence an answer rests on (an answer counts under each of its kinds):`,
    '',
    '| evidence | answers | holding the true day | share |',
    '|---|---|---|---|',
    ...Object.entries(t.byKind).map(
      ([k, v]) => `| ${k} | ${v.answers} | ${v.holding} | ${pct(v.holding, v.answers)} |`,
    ),
    '',
  ].join('\n');
}
