/**
 * Evidence from events shared with other reports: an undated report tells an event relative to its own day
 * («انطلقت المشاورات الخميس الماضي»), another report dates the same event («انطلقت اليوم الخميس», published
 * 2018-12-06). The days the undated report can have been published on are those against which its
 * expression resolves onto the other's date (the time stage's rules, weekday checked: ./resolve-at.ts):
 * the anchor minus the relative offset. One constraint per link, any of its matching anchors will do.
 */

import { indexKeys, likeness, storyKeys } from '../../events/event-key.js';
import type { Anchor, Link } from '../../events/find-anchors.js';
import type { IsoDay } from '../../types.js';
import { addDays, addMonths, daysBetween, daysInMonth, isoDay, parts } from '../calendar.js';
import { MIN_LIKENESS, mayDate, sameWeekdayAWeekOff } from './link-rules.js';
import { differentRounds } from './report-rounds.js';
import { placeOf, type Resolver } from './resolve-at.js';
import type { Constraint } from './text-constraints.js';

/** A relative day («أمس», «الخميس الماضي», «غدا») lies at most this far from the report's day. */
const DAY_REACH = 16;
/** The likest anchors a link is tried against: bounds the parses in a large collection. */
const MAX_ANCHORS = 16;
/** A relative month («الشهر الماضي», «أيار الماضي») at most this many months. */
const MONTH_REACH = 13;

/** Anchors indexed by event kind with round, series, place and participants. */
export class AnchorIndex {
  private readonly byKey = new Map<string, Anchor[]>();
  add(anchor: Anchor): void {
    for (const k of [...indexKeys(anchor), ...storyKeys(anchor)]) {
      const list = this.byKey.get(k);
      if (list) list.push(anchor);
      else this.byKey.set(k, [anchor]);
    }
  }
  /**
   * The anchors of other reports that tell the link's event, the likest first, at most MAX_ANCHORS; never
   * a gathering of another round or series than the link's (told by the mention or else by its report), nor
   * anything for a link that may not date its report (./link-rules.ts), nor an anchor alike in too little.
   */
  matching(link: Link): Anchor[] {
    if (!mayDate(link)) return [];
    const seen = new Set<Anchor>();
    for (const k of [...indexKeys(link), ...storyKeys(link)])
      for (const a of this.byKey.get(k) ?? []) seen.add(a);
    const other = (a: Anchor) => a.doc !== link.doc && !differentRounds(a, link);
    return [...seen]
      .map((a) => ({ a, score: other(a) ? likeness(a, link) : 0 }))
      .filter((x) => x.score >= MIN_LIKENESS)
      .sort((x, y) => y.score - x.score)
      .slice(0, MAX_ANCHORS)
      .map((x) => x.a);
  }
}

const span = (r: { from: IsoDay; to: IsoDay }) => daysBetween(r.from, r.to);

/** Candidate days for one anchor: each day around it, or each month around it (tested on its 15th). */
function daysFor(link: Link, anchor: Anchor, resolve: Resolver): IsoDay[] {
  const place = placeOf(link.doc.data.clean?.text ?? '', link.sentence, link.timex);
  const hits = (d: IsoDay) => {
    const r = resolve(place, d);
    return r !== null && r.from <= anchor.range.to && anchor.range.from <= r.to;
  };
  const width = span(link.timex.range!);
  if (width <= 6) {
    const out: IsoDay[] = [];
    for (
      let d = addDays(anchor.range.from, -DAY_REACH);
      d <= addDays(anchor.range.to, DAY_REACH);
      d = addDays(d, 1)
    )
      if (hits(d)) out.push(d);
    const weekLater = sameWeekdayAWeekOff(link.timex, anchor.range.from, out);
    return weekLater ? [...out, weekLater].sort() : out;
  }
  if (width > 31) return [];
  const { year, month } = parts(anchor.range.from);
  const out: IsoDay[] = [];
  for (let k = -MONTH_REACH; k <= MONTH_REACH; k++) {
    const m = addMonths(year, month, k);
    if (!hits(isoDay(m.year, m.month, 15))) continue;
    for (let d = 1; d <= daysInMonth(m.year, m.month); d++) out.push(isoDay(m.year, m.month, d));
  }
  return out;
}

const titleOf = (a: Anchor) => a.doc.data.clean?.title || a.doc.meta.source;

/**
 * One constraint from a report's links: the days the most shared events agree on. Each link scores the days
 * its anchors allow by how alike link and anchor are; the days with the highest total among those the
 * other evidence admits win, so a wrong link (an event merely of the same kind) loses to agreeing ones.
 * Also every day any link allows (a window when the text gives none). None when the text admits none of them.
 */
export function eventConstraints(
  links: Link[],
  index: AnchorIndex,
  resolve: Resolver,
  admits: (d: IsoDay) => boolean = () => true,
): { constraints: Constraint[]; days: IsoDay[] } {
  const score = new Map<IsoDay, number>();
  const told: { link: Link; anchor: Anchor; count: number; days: Set<IsoDay> }[] = [];
  for (const link of links) {
    const best = new Map<IsoDay, number>();
    const used: Anchor[] = [];
    for (const anchor of index.matching(link)) {
      const found = daysFor(link, anchor, resolve);
      if (found.length > 0) used.push(anchor);
      const like = likeness(anchor, link);
      for (const d of found) best.set(d, Math.max(best.get(d) ?? 0, like));
    }
    if (used.length === 0) continue;
    for (const [d, v] of best) score.set(d, (score.get(d) ?? 0) + v);
    told.push({ link, anchor: used[0], count: used.length, days: new Set(best.keys()) });
  }
  const days = [...score.keys()].sort();
  // the report's own words («اليوم الثلاثاء») outweigh an event matched in another report: no day they admit
  const pool = days.filter(admits);
  if (pool.length === 0) return { constraints: [], days: [] };
  const top = Math.max(...pool.map((d) => score.get(d)!));
  const chosen = new Set(pool.filter((d) => score.get(d) === top));
  const agreeing = told.filter((t) => [...chosen].some((d) => t.days.has(d)));
  const evidence = agreeing.map((t) => evidenceOf(t.link, t.anchor, t.count)).join('; ');
  const against = told.length - agreeing.length;
  return {
    constraints: [
      {
        strength: 2,
        evidence: against > 0 ? `${evidence} (${against} other shared event(s) disagree)` : evidence,
        test: (d) => chosen.has(d),
      },
    ],
    days,
  };
}

function evidenceOf(link: Link, a: Anchor, count: number): string {
  const when = a.range.from === a.range.to ? a.range.from : `${a.range.from}..${a.range.to}`;
  const published = a.doc.published.date ? ` (published ${a.doc.published.date})` : '';
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  return `«${link.timex.text}» tells the ${link.family} that «${titleOf(a)}»${published} dates ${when}${more}`;
}
