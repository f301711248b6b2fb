import type { StoryEntity } from '../story/schema.js';
import type { EntityMention, EntityType, EventMention, MasarDoc } from '../types.js';
import { extractEvents } from './extract-events.js';

/** The story's entities by mention: a mention's entity and the type resolution gave it. */
export interface EntityLookup {
  id(doc: string, start: number): string | undefined;
  type(doc: string, start: number): EntityType | undefined;
}

export function entityLookup(entities: StoryEntity[]): EntityLookup {
  const byMention = new Map<string, StoryEntity>();
  for (const e of entities) for (const m of e.mentions) byMention.set(`${m.doc}:${m.start}`, e);
  return {
    id: (doc, start) => byMention.get(`${doc}:${start}`)?.id,
    type: (doc, start) => byMention.get(`${doc}:${start}`)?.type,
  };
}

/** A document's entity mentions with the type their entity has across the story («الأستانة» tagged MISC is a place). */
export function resolvedMentions(doc: MasarDoc, lookup: EntityLookup): EntityMention[] {
  return (doc.data.entities?.mentions ?? []).map((m) => {
    const type = lookup.type(doc.id, m.start);
    return type && type !== m.type ? { ...m, type } : m;
  });
}

/**
 * The document's event mentions read with the resolved entity types and the story's own mentions: the events
 * stage ran before entity resolution, so a place the tagger typed otherwise had no place role, and before the
 * story-wide pass that finds names tagged elsewhere («خاشقجي» alone after «جمال خاشقجي»), so such a name was
 * no participant. Re-read only when a type changed or the story pass added or widened a mention.
 */
export function eventsWithResolvedEntities(doc: MasarDoc, lookup: EntityLookup): EventMention[] {
  const own = doc.data.events?.mentions ?? [];
  const { segments, clean, time } = doc.data;
  const mentions = resolvedMentions(doc, lookup);
  const tagged = doc.data.entities?.mentions ?? [];
  const storyFound = tagged.some((m) => m.found === 'propagated' || m.found === 'extended');
  if (!segments || (!storyFound && mentions.every((m, i) => m === tagged[i]))) return own;
  return extractEvents(segments, time?.timexes ?? [], mentions, clean?.text ?? '', doc.published.date);
}
