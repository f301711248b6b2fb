import { type DateRange, daysBetween, overlaps } from './date-range.js';
import { compatible, type MentionGroup } from './group-mentions.js';
import { INCIDENT_TYPES } from './lexicon.js';
import { sharePerson } from './same-incident.js';

type Told = Pick<
  MentionGroup,
  'family' | 'date' | 'ordinal' | 'series' | 'place' | 'participants' | 'people' | 'story' | 'mentions'
>;

/** Longest span of days a loose date may cover and still fold into a precise event (a week told as «الخميس الماضي» in a report known only to a week). */
const LOOSE_DAYS = 31;

const pinned = (r: DateRange | undefined) => r?.source === 'timex' && r.from === r.to;
/** Dated to a day by one of its mentions' own words. */
const precise = (x: Told) => x.date?.precision === 'day' && x.mentions.some((m) => pinned(m.date));
/** Dated by its words to a span of days it cannot pin, a month at most. */
const loose = (x: Told) =>
  x.date?.source === 'timex' &&
  x.date.from !== x.date.to &&
  daysBetween(x.date.from, x.date.to) <= LOOSE_DAYS &&
  !x.mentions.some((m) => pinned(m.date));

/** One report names the other's place (a town and its country: «ريمبو» in a report that names «السويد»). */
const placesMeet = (a: Told, b: { groups: Told[] } & Told) =>
  (b.place !== undefined && a.story?.has(b.place) === true) ||
  (a.place !== undefined && b.groups.some((h) => h.story?.has(a.place!)));

/**
 * A mention dated to days it cannot pin («والتي انطلقت الخميس الماضي» in a report dated only to a week) and a
 * precise event of its type over those days that shares a participant or a series with it: the same event
 * told loosely, even where their places differ in scale («ريمبو», «السويد»), when one report names the
 * other's place. Different rounds or series stay apart; incidents need a person in common (one person is in
 * one place on one day).
 */
export function foldsIntoPrecise(c: { groups: Told[] } & Told, g: { groups?: Told[] } & Told): boolean {
  if (c.family !== g.family || !c.date || !g.date || !overlaps(c.date, g.date)) return false;
  if (!((precise(c) && loose(g)) || (loose(c) && precise(g)))) return false;
  if (!compatible({ ...c, place: undefined }, { ...g, place: undefined })) return false;
  const shared =
    (c.series !== undefined && c.series.key === g.series?.key) ||
    g.participants.some((p) => c.participants.includes(p));
  if (!shared || (INCIDENT_TYPES.has(c.family) && !sharePerson(c, g))) return false;
  return placesMeet(g, c);
}
