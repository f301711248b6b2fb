import { romanize } from '../entities/romanize.js';
import type { StoryEntity } from '../story/schema.js';
import type { Cluster } from './cluster-events.js';
import { EVENT_TYPES, type EventStatus } from './lexicon.js';
import { seriesKey } from './series-key.js';

/** The place of the event: its most named place entity, else an entity that bears the series' name. */
export function placeOf(
  cluster: Cluster,
  entities: Map<string, StoryEntity>,
  byKey: Map<string, StoryEntity>,
): StoryEntity | undefined {
  const counts = new Map<string, number>();
  for (const g of cluster.groups) if (g.place) counts.set(g.place, (counts.get(g.place) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (top) return entities.get(top);
  return cluster.series ? byKey.get(cluster.series.key) : undefined;
}

/** The entities whose name is a series key, to turn «أستانا» into the place entity «أستانة». */
export function entitiesBySeriesKey(entities: StoryEntity[]): Map<string, StoryEntity> {
  const map = new Map<string, StoryEntity>();
  for (const e of entities)
    if (e.type === 'LOC') for (const v of e.variants) if (!map.has(seriesKey(v))) map.set(seriesKey(v), e);
  return map;
}

export function labels(
  type: string,
  ordinal: number | undefined,
  place: StoryEntity | undefined,
  seriesText: string | undefined,
) {
  const kind = EVENT_TYPES[type] ?? { ar: type, latin: type };
  const number = seriesText && /^\d+$/.test(seriesText) ? seriesText : undefined;
  const where = place?.name ?? (number ? undefined : seriesText);
  const whereLatin = place?.latin ?? (seriesText && !number ? romanize(seriesText) : undefined);
  return {
    label: [
      kind.ar,
      number ?? '',
      ordinal !== undefined ? (type === 'talks' ? `الجولة ${ordinal}` : `رقم ${ordinal}`) : '',
      where ? `— ${where}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    labelLatin: `${kind.latin}${number ? ` ${number}` : ''}${ordinal !== undefined ? (type === 'talks' ? `, round ${ordinal}` : ` no. ${ordinal}`) : ''}${whereLatin ? ` — ${whereLatin}` : ''}`,
  };
}

const ADVANCE: EventStatus[] = ['planned', 'ongoing', 'happened', 'cancelled'];

/**
 * Status as the latest report tells it (the most advanced among its mentions); a planned or running event
 * that a report published after its end still tells has happened.
 */
export function statusOf(cluster: Cluster, end: string | undefined): EventStatus {
  const byDate = [...cluster.groups].sort((a, b) =>
    (a.doc.published.date ?? '').localeCompare(b.doc.published.date ?? ''),
  );
  const latest = byDate.at(-1)!;
  const said = latest.mentions.map((m) => m.status).filter((s): s is EventStatus => s !== null);
  let status = said.sort((a, b) => ADVANCE.indexOf(b) - ADVANCE.indexOf(a))[0] ?? 'happened';
  const toldLater = end !== undefined && cluster.groups.some((g) => (g.doc.published.date ?? '') > end);
  if ((status === 'planned' || status === 'ongoing') && toldLater) status = 'happened';
  return status;
}

/**
 * The event's type: the most told one, rounds of talks first among gatherings. A gathering grouped with
 * rounds only by its number («القمة التاسعة», the ninth summit of two leaders) keeps its own word: it is a
 * round of talks only with a series name or a talks word among its mentions.
 */
export function typeOf(cluster: Cluster): string {
  if (cluster.family === 'talks' && (cluster.series || cluster.mentions.some((m) => m.ev.type === 'talks')))
    return 'talks';
  const counts = new Map<string, number>();
  for (const m of cluster.mentions) counts.set(m.ev.type, (counts.get(m.ev.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
