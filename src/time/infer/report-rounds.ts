/**
 * The rounds and series of talks a report tells, for matching its gatherings across reports. A report on
 * «الجولة الخامسة من اجتماعات أستانا» names its round once or twice and then says «اجتماعات ثنائية ستبدأ
 * اليوم» or «الاجتماع الموسع يعقد غدا»: those gatherings belong to the report's rounds, not to any round. Two
 * gatherings whose rounds (their own, or else their reports') have nothing in common are different events,
 * however many entities the reports share (two rounds of one series name the same envoys and delegations).
 * The same holds for series (an Astana report's unnamed meeting is not a Geneva report's).
 */
import { GATHERINGS } from '../../events/find-triggers.js';
import { seriesKey } from '../../events/series-key.js';
import type { MasarDoc } from '../../types.js';

interface Rounds {
  ordinals: Set<number>;
  series: Set<string>;
}

const cache = new WeakMap<object, Rounds>();

/** The round numbers and series keys of a report's gathering mentions. */
export function reportRounds(doc: MasarDoc): Rounds {
  const mentions = doc.data.events?.mentions ?? [];
  const cached = cache.get(mentions);
  if (cached) return cached;
  const rounds: Rounds = { ordinals: new Set(), series: new Set() };
  for (const m of mentions) {
    if (!GATHERINGS.has(m.type)) continue;
    if (m.ordinal !== undefined) rounds.ordinals.add(m.ordinal);
    if (m.series) rounds.series.add(seriesKey(m.series));
  }
  cache.set(mentions, rounds);
  return rounds;
}

/** What a mention of a report says it is: its own round and series, or else its report's. */
interface Told {
  family: string;
  ordinal?: number;
  series?: string;
  doc: MasarDoc;
}

const own = <T>(value: T | undefined, ofReport: Set<T>) =>
  value !== undefined ? new Set([value]) : ofReport;

const disjoint = <T>(a: Set<T>, b: Set<T>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** Whether two gatherings of two reports belong to different rounds or series (never one event). */
export function differentRounds(a: Told, b: Told): boolean {
  if (!GATHERINGS.has(a.family) || !GATHERINGS.has(b.family)) return false;
  const ra = reportRounds(a.doc);
  const rb = reportRounds(b.doc);
  return (
    disjoint(own(a.ordinal, ra.ordinals), own(b.ordinal, rb.ordinals)) ||
    disjoint(own(a.series, ra.series), own(b.series, rb.series))
  );
}
