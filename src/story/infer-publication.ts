/**
 * Publication dates for documents that have none (`published.how === 'unknown'`), from the best evidence
 * first: the page (a date in its URL), then the text (self-dating expressions, the current month), then the
 * collection (articles with a known date reporting the same dates, and events shared with other reports:
 * ../time/infer/from-events.ts), within the `--period` prior when given. A day only when the evidence pins
 * one, otherwise a range. The collection step repeats while it dates more reports (a newly dated report
 * anchors others), a bounded number of rounds. Returns the documents whose date changed.
 *
 * With `redate` (the story step), changed documents are re-dated along the way, so their events anchor
 * others; a report left with a few candidate days has its relative dates resolved over all of them.
 */
import { type EntityLookup, entityLookup, resolvedMentions } from '../events/entity-lookup.js';
import { extractEvents } from '../events/extract-events.js';
import { type Anchor, datedAnchors, type Link, readUndated } from '../events/find-anchors.js';
import { tagTime } from '../time/index.js';
import { explainUndated } from '../time/infer/explain-undated.js';
import { collectionConstraints } from '../time/infer/from-collection.js';
import { AnchorIndex, eventConstraints } from '../time/infer/from-events.js';
import { dateFromUrl } from '../time/infer/from-url.js';
import { makeResolver, type Resolver } from '../time/infer/resolve-at.js';
import { resolveUnderRange } from '../time/infer/resolve-under-range.js';
import { solveDays } from '../time/infer/solve.js';
import { textConstraints } from '../time/infer/text-constraints.js';
import { windowFor } from '../time/infer/window.js';
import type { IsoDay, MasarDoc, RunOptions, Timex } from '../types.js';
import type { StoryEntity } from './schema.js';

export interface InferContext {
  /** The story's entities: events are matched across reports by entity, not by spelling. */
  entities?: StoryEntity[];
  /** Re-dates a document against its new day (time and events stages). */
  redate?: (doc: MasarDoc) => void;
}

/** Rounds of the collection step: each can date reports through the ones dated in the round before. */
const MAX_ROUNDS = 4;

const undated = (doc: MasarDoc) => doc.published.how === 'unknown' && !doc.published.date;

function timexesOf(doc: MasarDoc): Timex[] {
  if (doc.data.time && doc.data.time.reference === null) return doc.data.time.timexes;
  return tagTime(doc.data.clean?.text ?? '', null);
}

function fromPage(doc: MasarDoc): boolean {
  const address = doc.meta.url ?? (/^https?:\/\//u.test(doc.meta.source) ? doc.meta.source : undefined);
  const day = dateFromUrl(address);
  if (!day) return false;
  doc.published = { date: day, how: 'inferred', evidence: `the address ${address} holds the date` };
  return true;
}

export function inferPublication(
  docs: MasarDoc[],
  options: RunOptions,
  context: InferContext = {},
): MasarDoc[] {
  const changed = new Set<MasarDoc>();
  const pending: MasarDoc[] = [];
  for (const doc of docs) {
    if (!undated(doc)) continue;
    if (fromPage(doc)) changed.add(doc);
    else pending.push(doc);
  }
  const lookup = entityLookup(context.entities ?? []);
  const resolve = makeResolver();
  const state = new Map(pending.map((doc) => [doc, { timexes: timexesOf(doc), candidates: [] as IsoDay[] }]));
  const decide = (doc: MasarDoc, withCollection: boolean, index?: AnchorIndex, links: Link[] = []) => {
    const { timexes } = state.get(doc)!;
    const known = withCollection ? docs.filter((d) => d.published.date && d !== doc) : [];
    const own = [...textConstraints(timexes), ...collectionConstraints(doc, known)];
    const textWindow = windowFor(timexes, options);
    const admits = (d: IsoDay) =>
      (!textWindow || (textWindow.from <= d && d <= textWindow.to)) && own.every((c) => c.test(d));
    const fromEvents = index
      ? eventConstraints(links, index, resolve, admits)
      : { constraints: [], days: [] };
    const window =
      textWindow ??
      (fromEvents.days.length > 0
        ? {
            from: fromEvents.days[0],
            to: fromEvents.days.at(-1)!,
            why: 'within the days events shared with other reports allow',
          }
        : null);
    if (!window) return false;
    const before = JSON.stringify(doc.published);
    const solved = solveDays(window, [...own, ...fromEvents.constraints]);
    doc.published = solved.published;
    state.get(doc)!.candidates = solved.candidates;
    return JSON.stringify(doc.published) !== before;
  };
  // text first for all, so that the collection step can lean on the days the text pinned
  for (const doc of pending) decide(doc, false);
  if (context.redate)
    for (const doc of [...changed, ...pending]) if (doc.published.how !== 'unknown') redateOne(doc);
  const read = new Map(pending.map((doc) => [doc, readUndated(doc, lookup)]));
  const anyLinks = [...read.values()].some((r) => r.links.length > 0);
  const cache = new WeakMap<MasarDoc, { events: unknown; anchors: Anchor[] }>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const index = anyLinks
      ? anchorIndex(
          docs,
          lookup,
          [...read.values()].flatMap((r) => r.anchors),
          cache,
        )
      : undefined;
    let moved = false;
    for (const doc of pending) {
      if (doc.published.date) continue;
      if (!decide(doc, true, index, read.get(doc)!.links)) continue;
      moved = true;
      if (context.redate) redateOne(doc);
    }
    if (!moved || !context.redate) break;
  }
  for (const doc of pending) {
    if (doc.published.how !== 'unknown') changed.add(doc);
    else explainUndated(doc, state.get(doc)!.timexes);
  }
  return [...changed];

  function redateOne(doc: MasarDoc): void {
    context.redate!(doc);
    const candidates = state.get(doc)?.candidates ?? [];
    if (!doc.published.date && candidates.length > 0) dateUnderRange(doc, candidates, lookup, resolve);
  }
}

/** Anchors of every dated report (kept while its events are the same) and the absolute ones of the others. */
function anchorIndex(
  docs: MasarDoc[],
  lookup: EntityLookup,
  absolute: Anchor[],
  cache: WeakMap<MasarDoc, { events: unknown; anchors: Anchor[] }>,
): AnchorIndex {
  const index = new AnchorIndex();
  for (const doc of docs) {
    const cached = cache.get(doc);
    const entry =
      cached && cached.events === doc.data.events
        ? cached
        : { events: doc.data.events, anchors: datedAnchors(doc, lookup) };
    cache.set(doc, entry);
    for (const a of entry.anchors) index.add(a);
  }
  for (const a of absolute) index.add(a);
  return index;
}

/** A report with a few candidate days: relative dates resolved over all of them, events read again. */
function dateUnderRange(doc: MasarDoc, candidates: IsoDay[], lookup: EntityLookup, resolve: Resolver): void {
  const { clean, segments } = doc.data;
  if (!clean || !segments) return;
  const timexes = resolveUnderRange(
    clean.text,
    segments.sentences,
    tagTime(clean.text, null),
    candidates,
    resolve,
  );
  doc.data.time = { timexes, reference: null };
  doc.data.events = {
    mentions: extractEvents(segments, timexes, resolvedMentions(doc, lookup), clean.text, null),
  };
}
