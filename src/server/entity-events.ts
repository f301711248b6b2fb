/**
 * The events an entity takes part in (as their place or a participant), in date order, each with the
 * sentences that tell it: the way from an entity to what happened to it, and on to the articles.
 */
import type { StoryEvent } from '../story/schema.js';
import type { StoryIndex } from './story-view.js';

const EVENTS_SHOWN = 200;

export function eventsOf(entityId: string, index: StoryIndex) {
  const titles = new Map(index.story.documents.map((d) => [d.id, d]));
  const role = (e: StoryEvent) =>
    e.place === entityId ? 'place' : e.participants.includes(entityId) ? 'participant' : null;
  return index.story.events
    .filter((e) => role(e) !== null)
    .sort((a, b) => a.date.start.localeCompare(b.date.start))
    .slice(0, EVENTS_SHOWN)
    .map((e) => ({
      id: e.id,
      type: e.type,
      label: e.label,
      labelLatin: e.labelLatin,
      date: e.date,
      role: role(e),
      background: e.background === true,
      mentions: e.mentions.map((m) => ({
        doc: m.doc,
        start: m.start,
        end: m.end,
        sentence: m.sentence,
        title: titles.get(m.doc)?.title ?? '',
        published: titles.get(m.doc)?.published.date ?? null,
      })),
    }));
}
