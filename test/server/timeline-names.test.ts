import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { Story } from '../../src/story/schema.js';
import { fillStore } from './fixture.js';

const app = createApp(fillStore(new MemoryStore()));
const get = async (path: string) => (await app.request(path)).json();

describe('GET /api/timeline', () => {
  it('names every entity its events refer to, and counts the documents, so the page needs no story', async () => {
    const story = (await get('/api/story')) as Story;
    const timeline = await get('/api/timeline');
    const referred = new Set(story.events.flatMap((e) => [...(e.place ? [e.place] : []), ...e.participants]));
    expect({
      names: new Set(timeline.entities.map((e: { id: string; name: string }) => `${e.id} ${e.name}`)),
      documentCount: timeline.documentCount,
    }).toEqual({
      names: new Set(story.entities.filter((e) => referred.has(e.id)).map((e) => `${e.id} ${e.name}`)),
      documentCount: story.documents.length,
    });
  });

  it('gives each cited document its title, outlet and day, so a sentence can say which report tells it', async () => {
    const timeline = await get('/api/timeline');
    const astana = timeline.documents.find((d: { title: string }) => d.title === 'انطلاق محادثات أستانة');
    expect([astana?.outlet, astana?.published, timeline.documents.length]).toEqual([
      'Outlet A',
      '2017-01-23',
      3,
    ]);
  });
});
