import { type Cluster, roundSpan } from './cluster-events.js';
import { type DateRange, formatDate, overlaps, precisionOf } from './date-range.js';

export interface ChosenDate {
  range: DateRange;
  /** Other stated day dates that disagree, with the reports that give them. */
  conflicts: { date: { start: string; end?: string }; sources: string[] }[];
}

const span = (r: DateRange) => Date.parse(r.to) - Date.parse(r.from);
const RANK = { timex: 0, series: 1, published: 2 } as const;

/**
 * The event's date: among the dates its mentions state, the one most reports agree with (ties: the most
 * precise); a date from the publication day only when none is stated. Disagreeing day dates are kept.
 */
export function chooseDate(cluster: Cluster): ChosenDate | null {
  const dated = cluster.groups.flatMap((g) =>
    g.mentions.flatMap((m) => (m.date ? [{ doc: g.doc.id, r: m.date }] : [])),
  );
  if (dated.length === 0) return cluster.date ? { range: cluster.date, conflicts: [] } : null;
  const bestSource = Math.min(...dated.map((d) => RANK[d.r.source]));
  const candidates = dated.filter((d) => RANK[d.r.source] === bestSource);
  const support = (r: DateRange) =>
    new Set(candidates.filter((d) => overlaps(d.r, r)).map((d) => d.doc)).size;
  candidates.sort(
    (a, b) => support(b.r) - support(a.r) || span(a.r) - span(b.r) || a.r.from.localeCompare(b.r.from),
  );
  const range = roundSpan(cluster) ?? candidates[0].r;
  const conflicts = new Map<string, { date: { start: string; end?: string }; sources: Set<string> }>();
  for (const d of candidates) {
    if (d.r.precision !== 'day' || range.precision !== 'day' || overlaps(d.r, range)) continue;
    const date = formatDate(d.r);
    const key = `${date.start}/${date.end ?? ''}`;
    if (!conflicts.has(key)) conflicts.set(key, { date, sources: new Set() });
    conflicts.get(key)!.sources.add(d.doc);
  }
  return {
    range,
    conflicts: [...conflicts.values()].map((c) => ({ date: c.date, sources: [...c.sources] })),
  };
}

/**
 * A round with no stated date lies between the dated rounds of its series before and after it
 * («round 6» between round 5 in July and round 7 in October).
 */
export function dateFromSeries(cluster: Cluster, all: Cluster[]): DateRange | null {
  if (cluster.ordinal === undefined || !cluster.series) return null;
  const n = cluster.ordinal;
  const rounds = all.filter(
    (c) =>
      c.family === cluster.family &&
      c.series?.key === cluster.series!.key &&
      c.ordinal !== undefined &&
      c.date?.source === 'timex',
  );
  const before = rounds.filter((c) => c.ordinal! < n).sort((a, b) => b.ordinal! - a.ordinal!)[0];
  const after = rounds.filter((c) => c.ordinal! > n).sort((a, b) => a.ordinal! - b.ordinal!)[0];
  if (!before?.date || !after?.date || before.date.to > after.date.from) return null;
  const from = before.date.to;
  const to = after.date.from;
  return { from, to, precision: precisionOf(from, to), source: 'series' };
}
