import { describe, expect, it } from 'vitest';
import { publication } from '../../src/pipeline/stages/publication.js';
import type { MasarDoc, RunOptions } from '../../src/types.js';

const doc = (meta: MasarDoc['meta']): MasarDoc => ({
  id: 'x',
  meta,
  published: { date: null, how: 'unknown', evidence: '' },
  data: {},
  messages: [],
});
const run = (d: MasarDoc, options: RunOptions = {}) => {
  publication.run(d, { options });
  return d.published;
};

describe('publication stage', () => {
  it('keeps the date an input states over --published, which is for inputs with none (contract)', () =>
    expect(run(doc({ source: 'a', published: '2018-01-02' }), { published: '2018-05-06' })).toMatchObject({
      date: '2018-01-02',
      how: 'metadata',
    }));
  it("reads the page's dateline dropped by the cleaner as its own date, before --published", () => {
    const d = doc({ source: 'a' });
    d.data.clean = {
      title: 't',
      text: 'نص الخبر.',
      dropped: [{ text: 'نشر في: 03/07/2021 - 18:45', reason: 'furniture' }],
    };
    expect(run(d, { published: '2021-09-01' })).toEqual({
      date: '2021-07-03',
      how: 'metadata',
      evidence: "the page's dateline «نشر في: 03/07/2021 - 18:45»",
    });
  });
  it('names the field the date was read from in the evidence', () =>
    expect(
      run(doc({ source: 'a', published: '2018-01-02', publishedFrom: "the record's published_iso field" }))
        .evidence,
    ).toBe("stated by the record's published_iso field"));
  it('keeps the date the input states over a dateline', () => {
    const d = doc({ source: 'a', published: '2021-07-04' });
    d.data.clean = {
      title: 't',
      text: 'نص الخبر.',
      dropped: [{ text: 'نشر في: 03/07/2021', reason: 'furniture' }],
    };
    expect(run(d).date).toBe('2021-07-04');
  });
  it('gives --published to an input with no date of its own', () =>
    expect(run(doc({ source: 'a' }), { published: '2018-05-06' })).toMatchObject({
      date: '2018-05-06',
      how: 'given',
    }));
  it('prefers --published over a date read from the URL (a given date wins over inference)', () =>
    expect(
      run(doc({ source: 'a', url: 'https://example.org/ar/2018/04/15/x.html' }), { published: '2018-05-06' }),
    ).toMatchObject({ date: '2018-05-06', how: 'given' }));
  it('a date given for this very file wins over the date the input states', () =>
    expect(
      run(doc({ source: 'a', file: '/data/a.txt', published: '2018-01-02' }), {
        publishedFor: { '/data/a.txt': '2018-03-04' },
      }),
    ).toMatchObject({ date: '2018-03-04', how: 'given' }));
  it('gives a per-file date only to the documents of that file', () =>
    expect(
      run(doc({ source: 'b', file: '/data/b.txt' }), { publishedFor: { '/data/a.txt': '2018-03-04' } }).how,
    ).toBe('unknown'));
  it('takes the date the input states', () =>
    expect(run(doc({ source: 'a', published: '2018-01-02' }))).toMatchObject({
      date: '2018-01-02',
      how: 'metadata',
    }));
  it('reads a date in the URL as inferred from the page', () =>
    expect(run(doc({ source: 'a', url: 'https://example.org/ar/2018/04/15/x.html' }))).toMatchObject({
      date: '2018-04-15',
      how: 'inferred',
    }));
  it('leaves a document with no date unknown', () =>
    expect(run(doc({ source: 'a', url: 'https://example.org/ar/story-1234' })).how).toBe('unknown'));
});
