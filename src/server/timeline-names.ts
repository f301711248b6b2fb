/**
 * `GET /api/timeline`: the contract's `{ version, events }`, extended with what a page needs to show it
 * without loading the whole story (every document's text): the entities the events name (place and
 * participants: id, type, name, Latin form), the documents the events cite (id, title, outlet, publication
 * day: a reader sees which report tells a sentence before opening it), the number of documents and of those
 * without a publication day (their events dated only against it can be missing: the page says so).
 */
import type { DocSummary } from '../store/store.js';
import type { Story } from '../story/schema.js';

/** `outlets`: the store's summaries of the story's documents, for their outlet names (else the source). */
export function timelineWithNames(story: Story, outlets: Map<string, DocSummary> = new Map()) {
  const named = new Set(story.events.flatMap((e) => [...(e.place ? [e.place] : []), ...e.participants]));
  const cited = new Set(story.events.flatMap((e) => e.mentions.map((m) => m.doc)));
  const entities = story.entities
    .filter((e) => named.has(e.id))
    .map(({ id, type, name, latin }) => ({ id, type, name, latin }));
  const documents = story.documents
    .filter((d) => cited.has(d.id))
    .map(({ id, title, source, published }) => ({
      id,
      title,
      outlet: outlets.get(id)?.outlet ?? source,
      published: published.date ?? null,
    }));
  return {
    version: 1 as const,
    events: story.events,
    entities,
    documents,
    documentCount: story.documents.length,
    undatedCount: story.documents.filter((d) => d.published.date === null).length,
  };
}
