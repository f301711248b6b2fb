import type { EventMention, MasarDoc } from '../types.js';
import { mentionDate, span, statusOf } from './date-mention.js';
import { type DateRange, daysBetween, overlaps } from './date-range.js';
import { delegationHeads } from './find-delegations.js';
import { GATHERINGS } from './find-triggers.js';
import type { EventStatus } from './lexicon.js';
import { dateSecondTellings } from './second-telling.js';
import { seriesKey } from './series-key.js';
import { toldApart, toldApartTypes } from './told-apart.js';

/** The mentions of one event inside one document, with what they say together. */
export interface MentionGroup {
  doc: MasarDoc;
  family: string;
  ordinal?: number;
  series?: { key: string; text: string };
  date?: DateRange;
  place?: string;
  /** The place as its report writes it («دوما»): a sentence can name it where no entity was tagged. */
  placeName?: string;
  participants: string[];
  /** The participants that are persons: a person is in one place on one day (see cluster-events.ts). */
  people?: string[];
  /** Every entity (any type) its mentions' sentences name: reports of one incident name the same ones. */
  named?: string[];
  /** Every entity the report names. */
  story?: ReadonlySet<string>;
  mentions: { ev: EventMention; sentence: string; status: EventStatus | null; date?: DateRange }[];
}

/** Gatherings with a series or a round number are rounds of talks, whatever the word («اجتماع أستانا5»). */
export const familyOf = (ev: EventMention) =>
  GATHERINGS.has(ev.type) && (ev.type === 'talks' || ev.series || ev.ordinal) ? 'talks' : ev.type;

export function compatible(
  a: Pick<MentionGroup, 'ordinal' | 'series' | 'place'>,
  b: Pick<MentionGroup, 'ordinal' | 'series' | 'place'>,
): boolean {
  if (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) return false;
  if (a.series && b.series && a.series.key !== b.series.key) return false;
  if (!(a.series && b.series) && a.place && b.place && a.place !== b.place) return false;
  return true;
}

export function absorb(group: Omit<MentionGroup, 'doc'>, other: Omit<MentionGroup, 'doc'>): void {
  group.mentions.push(...other.mentions);
  if (other.family === 'talks') group.family = 'talks';
  group.ordinal ??= other.ordinal;
  group.series ??= other.series;
  if (group.place === undefined && other.place !== undefined) {
    group.place = other.place;
    group.placeName = other.placeName;
  }
  for (const p of other.participants) if (!group.participants.includes(p)) group.participants.push(p);
  if (other.people) group.people = union(group.people, other.people);
  if (other.named) group.named = union(group.named, other.named);
  group.story ??= other.story;
  if (other.date && (!group.date || better(other.date, group.date))) group.date = other.date;
}

const union = (a: string[] | undefined, b: string[]) => [...new Set([...(a ?? []), ...b])];

/** A meeting on the day of a round of talks, told in the same report, is part of that round. */
export const partOfTalks = (g: Omit<MentionGroup, 'doc'>, s: Omit<MentionGroup, 'doc'>) =>
  (g.family === 'talks' || s.family === 'talks') &&
  GATHERINGS.has(g.family) &&
  GATHERINGS.has(s.family) &&
  g.date?.precision === 'day' &&
  s.date?.precision === 'day' &&
  (g.ordinal === undefined || s.ordinal === undefined || g.ordinal === s.ordinal);

const better = (a: DateRange, b: DateRange) =>
  (a.source === 'timex') !== (b.source === 'timex') ? a.source === 'timex' : span(a) < span(b);

/** How near the publication day a report's own event, dated by its text, lies. */
const CURRENT_DAYS = 3;

/**
 * A lead mention dated only by the publication day («تشهد المحادثات للمرة الأولى…») is the report's current
 * event; when the text itself dates an event of that kind near the publication day («تبدأ غدا المحادثات»),
 * that is the one the lead tells, not a second event on the publication day: the mention loses its fallback
 * date and joins as an undated one would.
 */
function undateTheDayTold(singles: Omit<MentionGroup, 'doc'>[], pub: string | null): void {
  if (!pub) return;
  const near = (s: Omit<MentionGroup, 'doc'>) =>
    s.date?.source === 'timex' && Math.abs(daysBetween(pub, s.date.from)) <= CURRENT_DAYS;
  for (const s of singles) {
    if (s.date?.source !== 'published') continue;
    if (!singles.some((o) => o !== s && o.family === s.family && near(o))) continue;
    delete s.date;
    delete s.mentions[0].date;
  }
}

/** One document's event mentions → groups: mentions of one event in one report. */
export function groupMentions(
  doc: MasarDoc,
  entityOf: (doc: string, start: number) => string | undefined,
  eventMentions: EventMention[] = doc.data.events?.mentions ?? [],
): MentionGroup[] {
  const entityMentions = doc.data.entities?.mentions ?? [];
  const sentences = doc.data.segments?.sentences ?? [];
  const entityId = (i: number | undefined) =>
    i === undefined || !entityMentions[i] ? undefined : entityOf(doc.id, entityMentions[i].start);
  const ids = (indices: number[]) => [
    ...new Set(indices.map(entityId).filter((p): p is string => p !== undefined)),
  ];
  const story: ReadonlySet<string> = new Set(ids(entityMentions.map((_, i) => i)));
  const bySentence = new Map<number, number[]>();
  for (const [i, m] of entityMentions.entries()) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(i);
    bySentence.set(m.sentence, list);
  }
  const singles: Omit<MentionGroup, 'doc'>[] = eventMentions.map((ev) => {
    const date = mentionDate(doc, ev, ev.status ?? null);
    const status = statusOf(ev.status ?? null, date, doc.published.date);
    return {
      family: familyOf(ev),
      ...(ev.ordinal !== undefined ? { ordinal: ev.ordinal } : {}),
      ...(ev.series ? { series: { key: seriesKey(ev.series), text: ev.series } } : {}),
      ...(date ? { date } : {}),
      ...(entityId(ev.place) ? { place: entityId(ev.place), placeName: entityMentions[ev.place!].text } : {}),
      participants: ids(ev.participants),
      people: ids(ev.participants.filter((i) => entityMentions[i]?.type === 'PER')),
      named: ids(bySentence.get(ev.sentence) ?? []),
      story,
      mentions: [{ ev, sentence: sentences[ev.sentence]?.text ?? '', status, ...(date ? { date } : {}) }],
    };
  });
  undateTheDayTold(singles, doc.published.date);
  dateSecondTellings(doc, singles);
  const groups: MentionGroup[] = [];
  const joinable = (g: MentionGroup, s: Omit<MentionGroup, 'doc'>) =>
    (g.family === s.family && compatible(g, s)) || partOfTalks(g, s);
  const talksFirst = (a: Omit<MentionGroup, 'doc'>, b: Omit<MentionGroup, 'doc'>) =>
    Number(b.family === 'talks') - Number(a.family === 'talks');
  for (const s of singles.filter((x) => x.date).sort(talksFirst)) {
    const host = groups.find(
      (g) =>
        joinable(g, s) &&
        overlaps(g.date!, s.date!) &&
        (g.ordinal === s.ordinal || g.ordinal === undefined || s.ordinal === undefined) &&
        !(toldApartTypes(s.family) && toldApart(g, s)),
    );
    if (host) absorb(host, s);
    else groups.push({ doc, ...s });
  }
  for (const s of singles.filter((x) => !x.date)) {
    const same = groups.filter(
      (g) =>
        joinable(g, s) &&
        (s.ordinal === undefined || g.ordinal === s.ordinal) &&
        !(toldApartTypes(s.family) && toldApart(g, s)),
    );
    if (s.ordinal !== undefined && same.length > 0) absorb(same[0], s);
    else if (s.ordinal !== undefined) groups.push({ doc, ...s });
    else if (s.mentions[0].status && same.length === 1 && same[0].mentions[0].status === s.mentions[0].status)
      absorb(same[0], s);
  }
  addDelegationHeads(doc, groups, entityId);
  return groups;
}

/** The heads of delegations a report names take part in its main round of talks (the first one it tells). */
function addDelegationHeads(
  doc: MasarDoc,
  groups: MentionGroup[],
  entityId: (i: number) => string | undefined,
): void {
  const first = (g: MentionGroup) => Math.min(...g.mentions.map((m) => m.ev.sentence));
  const main = groups.filter((g) => g.family === 'talks').sort((a, b) => first(a) - first(b))[0];
  if (!main) return;
  for (const i of delegationHeads(doc)) {
    const id = entityId(i);
    if (id && !main.participants.includes(id)) main.participants.push(id);
  }
}
