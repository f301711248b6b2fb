import { chooseDate, dateFromSeries } from '../events/choose-date.js';
import { clusterGroups } from '../events/cluster-events.js';
import { formatDate } from '../events/date-range.js';
import { entitiesBySeriesKey, labels, placeOf, statusOf, typeOf } from '../events/describe-event.js';
import { entityLookup, eventsWithResolvedEntities } from '../events/entity-lookup.js';
import { groupMentions } from '../events/group-mentions.js';
import { centralSentence } from '../events/summarize.js';
import type { TimelineEvent } from '../events/timeline-event.js';
import type { MasarDoc } from '../types.js';
import type { StoryEntity, StoryEvent } from './schema.js';

const MAX_PARTICIPANTS = 12;

/**
 * Event mentions of every report → one timeline: mentions grouped per report, groups clustered across
 * reports (same round of a series, or same type on overlapping dates with nothing contradicting), then each
 * cluster dated, placed, labelled and summarized. Sorted by date. See docs/events.md.
 */
export function mergeEvents(docs: MasarDoc[], entities: StoryEntity[]): StoryEvent[] {
  const lookup = entityLookup(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byKey = entitiesBySeriesKey(entities);
  const groups = docs
    .filter((d) => !d.duplicateOf)
    .flatMap((doc) => groupMentions(doc, lookup.id, eventsWithResolvedEntities(doc, lookup)));
  const clusters = clusterGroups(groups);
  for (const c of clusters) if (!c.date) c.date = dateFromSeries(c, clusters) ?? undefined;
  const events: TimelineEvent[] = [];
  for (const c of clusters) {
    const chosen = chooseDate(c);
    if (!chosen) continue;
    const place = placeOf(c, byId, byKey);
    const type = typeOf(c);
    const participantCounts = new Map<string, number>();
    for (const g of c.groups)
      for (const p of g.participants) participantCounts.set(p, (participantCounts.get(p) ?? 0) + 1);
    const docsOf = [...new Map(c.groups.map((g) => [g.doc.id, g.doc])).values()];
    events.push({
      id: '',
      type,
      ...labels(type, c.ordinal, place, c.series?.text),
      date: formatDate(chosen.range),
      precision: chosen.range.precision,
      range: { from: chosen.range.from, to: chosen.range.to },
      dateSource: chosen.range.source,
      ...(place ? { place: place.id } : {}),
      participants: [...participantCounts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_PARTICIPANTS)
        .map(([p]) => p),
      status: statusOf(c, chosen.range.to),
      ...(c.ordinal !== undefined ? { ordinal: c.ordinal } : {}),
      ...(c.series ? { series: c.series.text } : {}),
      summary: centralSentence(
        c.groups.flatMap((g) => g.mentions.map((m) => ({ doc: g.doc.id, sentence: m.sentence }))),
      ),
      mentions: c.groups.flatMap((g) =>
        g.mentions.map((m) => ({
          doc: g.doc.id,
          start: m.ev.start,
          end: m.ev.end,
          sentence: m.sentence,
          trigger: m.ev.trigger,
          ...(m.status ? { status: m.status } : {}),
        })),
      ),
      sources: docsOf.map((d) => ({
        doc: d.id,
        title: d.data.clean?.title ?? '',
        source: d.meta.source,
        published: d.published.date,
      })),
      ...(chosen.conflicts.length > 0 ? { dateConflicts: chosen.conflicts } : {}),
    });
  }
  // by the date shown first (a year-only «2018» whose range is November comes before «2018-09-06»), then the range
  events.sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.range.from.localeCompare(b.range.from) ||
      a.range.to.localeCompare(b.range.to) ||
      a.labelLatin.localeCompare(b.labelLatin),
  );
  return events.map((e, i) => ({ ...e, id: `ev${i + 1}` }));
}
