import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { StorySchema, TimelineSchema } from '../../src/story/schema.js';
import { fillStore, HOSTILE_TITLE } from './fixture.js';

const app = createApp(fillStore(new MemoryStore()));
const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
};

describe('HTTP API', () => {
  let firstDoc: string;
  beforeAll(async () => {
    firstDoc = (await get('/api/documents')).body.docs[0].id;
  });

  it('serves a story that keeps the contract schema', async () => {
    expect(StorySchema.safeParse((await get('/api/story')).body).success).toBe(true);
  });

  it('serves a timeline that keeps the contract schema', async () => {
    expect(TimelineSchema.safeParse((await get('/api/timeline')).body).success).toBe(true);
  });

  it('lists documents by publication date with the total', async () => {
    const { body } = await get('/api/documents');
    expect([body.total, body.docs.slice(0, 4).map((d: { published: string }) => d.published)]).toEqual([
      5,
      ['2017-01-23', '2017-05-03', '2017-06-10', '2017-07-01'],
    ]);
  });

  it('filters documents by date range and outlet', async () => {
    const { body } = await get('/api/documents?from=2017-02-01&source=outlet%20b');
    expect(body.docs.map((d: { published: string }) => d.published)).toEqual(['2017-05-03', '2017-06-10']);
  });

  it('answers a bad request with 400 and every problem', async () => {
    const { status, body } = await get('/api/documents?from=yesterday&limit=0&colour=red');
    expect([status, body.problems.map((p: { path: string }) => p.path).sort()]).toEqual([
      400,
      ['(query)', 'from', 'limit'],
    ]);
  });

  it('serves a document with its text, its timexes with values and evidence, its entity mentions', async () => {
    const { body } = await get(`/api/documents/${firstDoc}`);
    const t = body.annotations.timexes[0];
    expect([
      body.document.title,
      typeof t?.value,
      typeof t?.evidence,
      Array.isArray(body.annotations.entities),
    ]).toEqual(['انطلاق محادثات أستانة', 'string', 'string', true]);
  });

  it('gives a relative time expression its value and the publication date it was resolved against', async () => {
    const { body: list } = await get('/api/documents?from=2017-05-03&to=2017-05-03');
    const { body } = await get(`/api/documents/${list.docs[0].id}`);
    const yesterday = body.annotations.timexes.find((t: { text: string }) => t.text === 'أمس');
    expect([yesterday?.value, yesterday?.evidence]).toEqual([
      '2017-05-02',
      expect.stringContaining('resolved against the publication date 2017-05-03'),
    ]);
  });

  it('answers 404 with a problem for an unknown document', async () => {
    expect((await get('/api/documents/nope')).status).toBe(404);
  });

  it('finds every spelling of a name through /api/search, with highlights inside the text', async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent('أستانة')}`);
    const hit = body.hits.find((h: { title: string }) => h.title === 'جولة جديدة في استانا');
    const doc = (await get(`/api/documents/${hit.id}`)).body.document;
    expect([
      body.total,
      hit.snippet.highlights.map((h: { start: number; end: number }) => doc.text.slice(h.start, h.end)),
    ]).toEqual([3, ['استانا']]);
  });

  it('requires a search query', async () => {
    const { status, body } = await get('/api/search?q=%20');
    expect([status, body.problems[0].path]).toEqual([400, 'q']);
  });

  it('filters search by date and source', async () => {
    const { body } = await get(
      `/api/search?q=${encodeURIComponent('أستانة')}&to=2017-06-30&source=Outlet%20A`,
    );
    expect(body.hits.map((h: { title: string }) => h.title)).toEqual(['انطلاق محادثات أستانة']);
  });

  it('lists entities and serves one with its mentions in context and co-occurring entities', async () => {
    const list = (await get('/api/entities')).body;
    const page = (await get(`/api/entities/${list.entities[0].id}`)).body;
    const m = page.mentions[0];
    expect([
      list.total > 0,
      m.context.text.slice(m.context.mentionStart, m.context.mentionEnd),
      Array.isArray(page.cooccurring),
    ]).toEqual([true, m.text, true]);
  });

  it('rejects an unknown entity type', async () => {
    expect((await get('/api/entities?type=CITY')).status).toBe(400);
  });

  it('returns scraped markup as plain JSON strings, never rewritten', async () => {
    const { body } = await get('/api/documents?source=Outlet%20C');
    expect(body.docs[0].title).toBe(HOSTILE_TITLE);
  });

  it('serves the web UI with a policy that forbids inline script', async () => {
    const res = await app.request('/');
    expect([res.status, res.headers.get('content-security-policy')]).toEqual([
      200,
      expect.stringContaining("script-src 'self'"),
    ]);
  });

  it('refuses to serve files outside web/', async () => {
    expect((await app.request('/web/..%2Fpackage.json')).status).toBe(404);
  });
});
