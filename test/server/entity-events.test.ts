import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { Story } from '../../src/story/schema.js';
import { fillStore } from './fixture.js';

const app = createApp(fillStore(new MemoryStore()));
const get = async (path: string) => (await app.request(path)).json();

describe('GET /api/entities/:id events', () => {
  it('lists the events the entity is the place or a participant of, with the sentences that tell them', async () => {
    const story = (await get('/api/story')) as Story;
    const involved = (id: string) =>
      story.events.filter((e) => e.place === id || e.participants.includes(id)).map((e) => e.id);
    const entity = story.entities.find((e) => involved(e.id).length > 0);
    if (!entity) throw new Error('the fixture story has no event with a place or participant');
    const { events } = await get(`/api/entities/${entity.id}`);
    expect({
      ids: events.map((e: { id: string }) => e.id).sort(),
      sentences: events.every((e: { mentions: { sentence: string }[] }) =>
        e.mentions.every((m) => m.sentence.length > 0),
      ),
    }).toEqual({ ids: involved(entity.id).sort(), sentences: true });
  });
});
