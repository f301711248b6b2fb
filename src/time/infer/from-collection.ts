/**
 * Evidence from the collection: an article that reports the same dates as an article whose publication
 * day is known (they share a full date, e.g. «21 كانون الأول 2017», within a month of the known article's
 * publication, so news and not an anniversary) was
 * most likely published within six weeks of it (a range, never a day on this alone).
 */
import type { IsoDay, MasarDoc } from '../../types.js';
import { daysBetween } from '../calendar.js';
import type { Constraint } from './text-constraints.js';

const NEAR_DAYS = 45;
const RECENT_DAYS = 31;

/** The full days (year, month and day stated) a document mentions. */
export function statedDays(doc: MasarDoc): Set<IsoDay> {
  const out = new Set<IsoDay>();
  for (const t of doc.data.time?.timexes ?? []) {
    const stated = (t.parsed as { stated?: { year?: number; day?: number } } | undefined)?.stated;
    if (t.type === 'DATE' && stated?.year !== undefined && stated.day !== undefined && t.range)
      out.add(t.range.from);
  }
  return out;
}

export function collectionConstraints(doc: MasarDoc, known: MasarDoc[]): Constraint[] {
  const mine = statedDays(doc);
  if (mine.size === 0) return [];
  const out: Constraint[] = [];
  for (const other of known) {
    if (other === doc || !other.published.date) continue;
    const k = other.published.date;
    // a date is news only near its report: an anniversary both mention (a war's start) is no evidence
    const shared = [...statedDays(other)].filter(
      (d) => mine.has(d) && Math.abs(daysBetween(d, k)) <= RECENT_DAYS,
    );
    if (shared.length === 0) continue;
    out.push({
      strength: 1,
      evidence: `reports ${shared.join(', ')} like «${other.data.clean?.title ?? other.meta.source}», published ${k}`,
      test: (d) => Math.abs(daysBetween(k, d)) <= NEAR_DAYS,
    });
  }
  return out.length > 1
    ? [
        {
          strength: 1,
          evidence: out.map((c) => c.evidence).join('; '),
          test: (d) => out.some((c) => c.test(d)),
        },
      ]
    : out;
}
