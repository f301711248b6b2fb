import { overlaps } from './date-range.js';
import type { MentionGroup } from './group-mentions.js';

type Told = Pick<MentionGroup, 'date' | 'place' | 'named' | 'story'>;

/**
 * Entities (any type: the victim, the place, the countries) that two reports' sentences of an incident must
 * both name to tell one incident when they share no participant. One shared name is a country or a city
 * that many incidents of a story have in common; two are the incident's own circumstances
 * («اختفاء خاشقجي … القنصلية السعودية في إسطنبول» in both).
 */
export const SHARED_NAMES = 2;

const statedDay = (x: Told) => x.date?.source === 'timex' && x.date.precision === 'day';

/** A place one tells and the other's report never names: the other report tells some other incident. */
const placeUnnamed = (a: Told, b: Told) =>
  a.place !== undefined && b.place === undefined && b.story !== undefined && !b.story.has(a.place);

/** Whether two groups of one report each, same type and same stated day, name enough of one incident. */
function toldAlike(a: Told, b: Told): boolean {
  if (!statedDay(a) || !statedDay(b) || !overlaps(a.date!, b.date!)) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (placeUnnamed(a, b) || placeUnnamed(b, a)) return false;
  const names = new Set(a.named ?? []);
  return (b.named ?? []).filter((e) => names.has(e)).length >= SHARED_NAMES;
}

/**
 * Whether a report's incident is the cluster's, told with other participants (or none): both on one stated
 * day, no place that differs or that one report never names, and its sentences name at least SHARED_NAMES
 * entities that the sentences of one report of the cluster name (report by report: a large cluster names
 * many entities, and would otherwise meet any incident of its day).
 */
export const sameIncidentTold = (c: { groups: Told[] } & Told, g: Told) =>
  !(c.place && g.place && c.place !== g.place) &&
  !placeUnnamed(c, g) &&
  c.groups.some((h) => toldAlike(h, g));

/** A person shared: one person is in one place on one day (a city and its country told apart). */
export const sharePerson = (a: Pick<MentionGroup, 'people'>, b: Pick<MentionGroup, 'people'>) =>
  (a.people ?? []).some((p) => (b.people ?? []).includes(p));
