import { describe, expect, it } from 'vitest';
import { StorySchema } from '../src/story/schema.js';
import { runMasar } from './helpers/cli.js';
import { HAS_SHARED, SEEDS } from './helpers/shared.js';

describe.skipIf(!HAS_SHARED)('masar analyze on the seeds', () => {
  const run = runMasar(['analyze', SEEDS]);

  it('exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints one story of the contract shape', () => {
    const parsed = StorySchema.safeParse(JSON.parse(run.stdout));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has one document per seed file, each with text', () => {
    const story = StorySchema.parse(JSON.parse(run.stdout));
    expect(story.documents).toHaveLength(5);
    for (const doc of story.documents) expect(doc.text.length).toBeGreaterThan(500);
  });

  it('points every offset into its document text', () => {
    const story = StorySchema.parse(JSON.parse(run.stdout));
    const text = new Map(story.documents.map((d) => [d.id, d.text]));
    for (const t of story.timexes) expect(text.get(t.doc)!.slice(t.start, t.end)).toBe(t.text);
    for (const e of story.entities)
      for (const m of e.mentions) expect(text.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
  });
});
