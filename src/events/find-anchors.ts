/**
 * Events shared by reports, as evidence of publication days. An **anchor** is an event mention with a day
 * known in the calendar: a dated report's mention dated by its text, or an undated report's mention dated
 * absolutely («في 23 كانون الثاني 2017»). A **link** is an undated report's mention dated relative to its
 * own publication («انطلقت أمس», «الخميس الماضي», «الشهر الماضي»): once matched to an anchor of the same
 * event, it tells which days the report can have been published on (src/time/infer/from-events.ts).
 */
import { tagTime } from '../time/index.js';
import { countsFromPublication } from '../time/infer/resolve-at.js';
import type { IsoDay, MasarDoc, Span, Timex } from '../types.js';
import { type EntityLookup, eventsWithResolvedEntities, resolvedMentions } from './entity-lookup.js';
import { type EventKey, keyOf } from './event-key.js';
import { extractEvents } from './extract-events.js';
import { groupMentions } from './group-mentions.js';

export interface Anchor extends EventKey {
  range: { from: IsoDay; to: IsoDay };
  doc: MasarDoc;
}

export interface Link extends EventKey {
  doc: MasarDoc;
  timex: Timex;
  sentence: Span;
}

/** An undated report is read against a day after any news, so that its dated goals count as reached. */
const PROVISIONAL_DAY = '2100-01-01';
/** An anchor is a day, or two days of one event («يومي 21 و22»); a week says too little. */
const ANCHOR_DAYS = 1;

/** The entities a report names (resolved), shared by its anchors and links. */
function storyOf(doc: MasarDoc, lookup: EntityLookup): Set<string> {
  const ids = (doc.data.entities?.mentions ?? []).map((m) => lookup.id(doc.id, m.start));
  return new Set(ids.filter((id): id is string => id !== undefined));
}

const days = (r: { from: IsoDay; to: IsoDay }) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000;

/**
 * Anchors of a report: its mentions dated in the text to a day (relative dates count once the report is
 * dated, or resolved over its candidate days; absolute ones always).
 */
export function datedAnchors(doc: MasarDoc, lookup: EntityLookup): Anchor[] {
  if (!doc.data.segments) return [];
  const story = storyOf(doc, lookup);
  return groupMentions(doc, lookup.id, eventsWithResolvedEntities(doc, lookup)).flatMap((g) =>
    g.mentions.flatMap((m) =>
      m.date?.source === 'timex' && days(m.date) <= ANCHOR_DAYS
        ? [{ ...keyOf(g, m), story, range: { from: m.date.from, to: m.date.to }, doc }]
        : [],
    ),
  );
}

/** The time expression a mention's date comes from: the narrowest of its own (as the merge step chooses). */
function chosenTimex(timexes: Timex[], indices: number[]): Timex | undefined {
  const dated = indices.map((i) => timexes[i]).filter((t) => t?.range);
  dated.sort((a, b) => days(a.range!) - days(b.range!) || Number(a.relative) - Number(b.relative));
  return dated[0];
}

/** An undated report's links (relative dates) and anchors (absolute days), read against a provisional day. */
export function readUndated(doc: MasarDoc, lookup: EntityLookup): { links: Link[]; anchors: Anchor[] } {
  const { segments, clean } = doc.data;
  if (!segments || !clean) return { links: [], anchors: [] };
  const timexes = tagTime(clean.text, PROVISIONAL_DAY);
  const mentions = extractEvents(
    segments,
    timexes,
    resolvedMentions(doc, lookup),
    clean.text,
    PROVISIONAL_DAY,
  );
  const provisional: MasarDoc = {
    ...doc,
    published: { date: PROVISIONAL_DAY, how: 'inferred', evidence: '' },
    data: { ...doc.data, time: { timexes, reference: PROVISIONAL_DAY }, events: { mentions } },
  };
  const links: Link[] = [];
  const anchors: Anchor[] = [];
  const story = storyOf(doc, lookup);
  for (const g of groupMentions(provisional, lookup.id)) {
    for (const m of g.mentions) {
      const t = chosenTimex(timexes, m.ev.timexes);
      if (!t) continue;
      const key = { ...keyOf(g, m), story };
      if (t.relative && !countsFromPublication(t, clean.text)) continue;
      if (t.relative) links.push({ ...key, doc, timex: t, sentence: segments.sentences[m.ev.sentence] });
      else if (days(t.range!) <= ANCHOR_DAYS) anchors.push({ ...key, range: t.range!, doc });
    }
  }
  return { links, anchors };
}
