import { GATHERINGS } from './find-triggers.js';
import type { MentionGroup } from './group-mentions.js';

/** What identifies an event across reports, without its date: kind, round, series, place, participants. */
export interface EventKey {
  family: string;
  ordinal?: number;
  series?: string;
  place?: string;
  participants: string[];
  phase?: 'start' | 'end';
  /** Every entity the report names: two reports naming many of the same tell one story. */
  story?: Set<string>;
}

/** Entities two reports must share to count as one story. */
const SAME_STORY = 3;

function shareStory(a: EventKey, b: EventKey): boolean {
  if (!a.story || !b.story) return false;
  let n = 0;
  for (const e of a.story) if (b.story.has(e) && ++n >= SAME_STORY) return true;
  return false;
}

/** Gatherings (talks, meeting, conference) are one kind: reports name one round by any of them. */
export const kindOf = (family: string) => (GATHERINGS.has(family) ? 'gathering' : family);

export function keyOf(g: Omit<MentionGroup, 'doc'>, m: MentionGroup['mentions'][number]): EventKey {
  return {
    family: g.family,
    ...(g.ordinal !== undefined ? { ordinal: g.ordinal } : {}),
    ...(g.series ? { series: g.series.key } : {}),
    ...(g.place ? { place: g.place } : {}),
    participants: g.participants,
    ...(m.ev.phase ? { phase: m.ev.phase } : {}),
  };
}

/**
 * Whether two mentions, dates aside, tell one event: the same kind, no different round, series, phase or
 * place (a city and its country are kept apart: a wrong link costs more than a missed one; a place one report
 * gives and the other report never names also differs), and something shared
 * (the round, the series, the place, a participant, or the reports naming three entities in common); a
 * round told with its number in one report and without in the other needs two shared things (a series has many rounds).
 */
export function sameEvent(a: EventKey, b: EventKey): boolean {
  return likeness(a, b) > 0;
}

/**
 * One mention has a place, the other none, and the other's report never names that place: the other report
 * tells some other event (a meeting in one city is not the talks of a report that never names the city).
 */
const placeUnnamed = (a: EventKey, b: EventKey) =>
  a.place !== undefined && b.place === undefined && b.story !== undefined && !b.story.has(a.place);

/** How much two mentions share (0: not one event); ranks the anchors of a link. */
export function likeness(a: EventKey, b: EventKey): number {
  if (kindOf(a.family) !== kindOf(b.family)) return 0;
  if (a.series && b.series && a.series !== b.series) return 0;
  if (a.phase && b.phase && a.phase !== b.phase) return 0;
  if (a.ordinal !== undefined && b.ordinal !== undefined) return a.ordinal === b.ordinal ? 4 : 0;
  if (a.place && b.place && a.place !== b.place) return 0;
  if (placeUnnamed(a, b) || placeUnnamed(b, a)) return 0;
  const people = a.participants.filter((p) => b.participants.includes(p)).length;
  const shared =
    Number(a.series !== undefined && a.series === b.series) +
    Number(a.place !== undefined && a.place === b.place) +
    Math.min(2, people) +
    Number(shareStory(a, b));
  const oneNumbered = (a.ordinal === undefined) !== (b.ordinal === undefined);
  return shared >= (oneNumbered ? 2 : 1) ? shared : 0;
}

/** Index keys of an event: by kind with its round, series, place and each participant (no pairwise scans). */
export function indexKeys(k: EventKey): string[] {
  const kind = kindOf(k.family);
  return [
    ...(k.ordinal !== undefined ? [`${kind}|o:${k.ordinal}`] : []),
    ...(k.series ? [`${kind}|s:${k.series}`] : []),
    ...(k.place ? [`${kind}|p:${k.place}`] : []),
    ...k.participants.map((p) => `${kind}|e:${p}`),
  ];
}

/** Index keys by the entities of the report: candidates for a match on the story alone. */
export function storyKeys(k: EventKey): string[] {
  const kind = kindOf(k.family);
  return [...(k.story ?? [])].map((e) => `${kind}|d:${e}`);
}
