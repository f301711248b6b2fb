import { type DateRange, daysBetween, overlaps } from './date-range.js';
import { GATHERINGS } from './find-triggers.js';
import { foldsIntoPrecise } from './folds-into-precise.js';
import { absorb, compatible, type MentionGroup, partOfTalks } from './group-mentions.js';
import { INCIDENT_TYPES } from './lexicon.js';
import { sameIncidentTold, sharePerson } from './same-incident.js';
import { toldApart, toldApartTypes } from './told-apart.js';

/** One event across reports: the groups (one per report and event) that tell it. */
export interface Cluster extends Omit<MentionGroup, 'doc'> {
  groups: MentionGroup[];
}

const span = (r: DateRange) => Date.parse(r.to) - Date.parse(r.from);
/** The months a range touches (at most three years of them), as YYYY-MM keys of the index. */
function monthsOf(r: DateRange): string[] {
  const months: string[] = [];
  let y = Number(r.from.slice(0, 4));
  let m = Number(r.from.slice(5, 7));
  const last = r.to.slice(0, 7);
  for (
    let key = `${y}-${String(m).padStart(2, '0')}`;
    key <= last && months.length < 36;
    key = `${y}-${String(m).padStart(2, '0')}`
  ) {
    months.push(key);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return months;
}
const shares = (c: Cluster, g: MentionGroup) =>
  (c.series && g.series && c.series.key === g.series.key) ||
  (c.place && c.place === g.place) ||
  g.participants.some((p) => c.participants.includes(p));

/**
 * Whether a report's group tells the cluster's event. Same round of one series: yes (different round: never).
 * Otherwise dates must overlap, and incidents (a killing, an arrest …) must share a series, place or
 * participant, or be told alike (same stated day, no other place, two entities named in both reports'
 * sentences: same-incident.ts): on one day many unrelated ones happen. Incidents in two places on one day
 * are one only with a person in common. A coarse date (a month or a year) also needs a shared series, place or
 * participant, or to be the only event of its kind in that time (ONLY_IF_ALONE).
 */
function matches(c: Cluster, g: MentionGroup): number {
  if (c.family !== g.family) return gatheringsMeet(c, g) ? 1 : aloneGathering(c, g) ? ONLY_IF_ALONE : 0;
  const incident = INCIDENT_TYPES.has(c.family);
  if (!compatible(c, g))
    return (sameDayElsewhere(c, g) && (!incident || sharePerson(c, g))) || foldsIntoPrecise(c, g) ? 1 : 0;
  if (spansRound(c, g)) return 2;
  if (c.ordinal !== undefined && c.ordinal === g.ordinal) return 3;
  if (!c.date || !g.date || !overlaps(c.date, g.date)) return 0;
  if (toldApartTypes(c.family) && toldApart(c, g)) return 0;
  if (incident && !shares(c, g) && !sameIncidentTold(c, g)) return 0;
  if ((c.date.precision !== 'day' || g.date.precision !== 'day') && !shares(c, g))
    return nested(c.date, g.date) ? ONLY_IF_ALONE : 0;
  return shares(c, g) ? 2 : 1;
}

/**
 * The score of a coarse date (a month or a year) that overlaps the cluster's with nothing shared: a month
 * told of one event overlaps every other event of that month, so it joins only when it is the one event of
 * its kind there and the finer date lies inside it («اتفاق … أواخر كانون الأول» with the one agreement of
 * 29 December).
 */
const ONLY_IF_ALONE = 0.5;

/**
 * A meeting and a round of talks told with nested coarse dates and nothing shared («اجتماع … مطلع أيار»,
 * «محادثات … في أيار»), told with one status: one gathering when it is the only one there (ONLY_IF_ALONE).
 */
const aloneGathering = (c: Cluster, g: MentionGroup) =>
  c.date !== undefined &&
  g.date !== undefined &&
  (c.date.precision !== 'day' || g.date.precision !== 'day') &&
  (c.family === 'talks' || g.family === 'talks') &&
  GATHERINGS.has(c.family) &&
  GATHERINGS.has(g.family) &&
  (c.ordinal === undefined || g.ordinal === undefined) &&
  nested(c.date, g.date) &&
  sameStatus(c, g);

/** Some status told of both (a meeting under way is not the round of talks announced for that month). */
const sameStatus = (c: Cluster, g: MentionGroup) =>
  g.mentions.some((m) => m.status !== null && c.mentions.some((n) => n.status === m.status));

/** Whether one range lies inside the other (the finer date inside the coarse one). */
const nested = (a: DateRange, b: DateRange) =>
  (a.from >= b.from && a.to <= b.to) || (b.from >= a.from && b.to <= a.to);

/** A meeting and a round of talks on the same days (or the same month and place) are one gathering. */
function gatheringsMeet(c: Cluster, g: MentionGroup): boolean {
  if (
    !c.date ||
    !g.date ||
    !overlaps(c.date, g.date) ||
    !GATHERINGS.has(c.family) ||
    !GATHERINGS.has(g.family)
  )
    return false;
  const sameMonth = c.date.precision !== 'year' && g.date.precision !== 'year' && shares(c, g);
  return (
    (c.family === 'talks' || g.family === 'talks') &&
    (partOfTalks(c, g) || Boolean(sameMonth)) &&
    (c.ordinal === undefined || g.ordinal === undefined)
  );
}

/** Longest round whose opening and closing, told apart, are joined into one event. */
const MAX_ROUND_DAYS = 14;
const dayOf = (x: Pick<MentionGroup, 'mentions'>, phase: 'start' | 'end') =>
  x.mentions
    .filter((m) => m.ev.phase === phase && m.date?.source === 'timex' && m.date.precision === 'day')
    .map((m) => m.date!.from);

/** «انطلقت المشاورات» on the 6th and «اختتمت المشاورات» on the 13th: one round of talks. */
function spansRound(c: Cluster, g: MentionGroup): boolean {
  if (c.family !== 'talks' || g.family !== 'talks') return false;
  const pairs: [string[], string[]][] = [
    [dayOf(c, 'start'), dayOf(g, 'end')],
    [dayOf(g, 'start'), dayOf(c, 'end')],
  ];
  return pairs.some(([starts, ends]) =>
    starts.some((s) => ends.some((e) => e > s && daysBetween(s, e) <= MAX_ROUND_DAYS)),
  );
}

/** The span from the opening to the closing, once both are in the cluster. */
export function roundSpan(c: Pick<MentionGroup, 'mentions'>): DateRange | null {
  const starts = dayOf(c, 'start').sort();
  const ends = dayOf(c, 'end').sort();
  const from = starts[0];
  const to = ends.at(-1);
  return from && to && to > from && daysBetween(from, to) <= MAX_ROUND_DAYS
    ? { from, to, precision: 'day', source: 'timex' }
    : null;
}

/**
 * Same type on the same stated day, places named differently («ستوكهولم», «السويد»): one event, unless
 * their rounds or series differ. Two agreements signed on one day in two places are rarer than a city
 * told by its country.
 */
function sameDayElsewhere(c: Cluster, g: MentionGroup): boolean {
  const day = (r?: DateRange) => r?.source === 'timex' && r.precision === 'day';
  return (
    day(c.date) &&
    day(g.date) &&
    overlaps(c.date!, g.date!) &&
    compatible({ ...c, place: undefined }, { ...g, place: undefined })
  );
}

function order(g: MentionGroup): number {
  if (g.ordinal !== undefined && g.date) return 0;
  if (!g.date) return g.ordinal !== undefined ? 5 : 6;
  if (g.date.source !== 'timex') return 4;
  return { day: 1, month: 2, year: 3 }[g.date.precision];
}

/** Greedy clustering, precise groups first; candidates come from a family+month and a family+series+round index. */
export function clusterGroups(groups: MentionGroup[]): Cluster[] {
  const clusters: Cluster[] = [];
  const index = new Map<string, Cluster[]>();
  const put = (key: string, c: Cluster) => {
    const list = index.get(key) ?? [];
    if (!list.includes(c)) list.push(c);
    index.set(key, list);
  };
  const keysOf = (x: { family: string; ordinal?: number; series?: { key: string }; date?: DateRange }) => [
    ...(x.ordinal !== undefined
      ? [`${x.family}#${x.series?.key ?? ''}#${x.ordinal}`, `${x.family}#*#${x.ordinal}`]
      : []),
    ...(x.date
      ? monthsOf(x.date).map((m) => `${GATHERINGS.has(x.family) ? 'gathering' : x.family}@${m}`)
      : []),
  ];
  for (const g of [...groups].sort((a, b) => order(a) - order(b))) {
    const candidates = new Set(keysOf(g).flatMap((k) => index.get(k) ?? []));
    let best: Cluster | undefined;
    let bestScore = 0;
    let alone = 0;
    for (const c of candidates) {
      const score = matches(c, g);
      if (score === ONLY_IF_ALONE) alone++;
      if (
        score > bestScore ||
        (score === bestScore && score > 0 && best?.date && c.date && span(c.date) < span(best.date))
      )
        [best, bestScore] = [c, score];
    }
    if (bestScore === ONLY_IF_ALONE && alone > 1) best = undefined;
    if (!best) {
      if (!g.date && g.ordinal === undefined) continue;
      best = { family: g.family, participants: [], mentions: [], groups: [] };
      clusters.push(best);
    }
    best.groups.push(g);
    absorb(best, g);
    best.date = roundSpan(best) ?? best.date;
    for (const k of keysOf(best)) put(k, best);
  }
  return clusters;
}
