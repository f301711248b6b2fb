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
  it('a date given on the command line wins', () =>
    expect(run(doc({ source: 'a', published: '2018-01-02' }), { published: '2018-05-06' })).toMatchObject({
      date: '2018-05-06',
      how: 'given',
    }));
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
