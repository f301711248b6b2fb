/**
 * `GET /api/timeline`: the contract's `{ version, events }`, extended with what a page needs to show it
 * without loading the whole story (every document's text): the entities the events name (place and
 * participants: id, type, name, Latin form) and the number of documents.
 */
import type { Story } from '../story/schema.js';

export function timelineWithNames(story: Story) {
  const named = new Set(story.events.flatMap((e) => [...(e.place ? [e.place] : []), ...e.participants]));
  const entities = story.entities
    .filter((e) => named.has(e.id))
    .map(({ id, type, name, latin }) => ({ id, type, name, latin }));
  return { version: 1 as const, events: story.events, entities, documentCount: story.documents.length };
}
