import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { StorySchema } from '../../src/story/schema.js';
import { runMasar } from '../helpers/cli.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const TXT = join(SAMPLES, '05-hodeidah-ceasefire.txt');
const HTML = join(SAMPLES, '02-talks-open.html'); // states 2018-12-06 in its article:published_time meta

describe('--published-for FILE=DATE', () => {
  const run = runMasar([
    'analyze',
    '--published-for',
    `${TXT}=2018-12-18`,
    '--published',
    '2018-01-01',
    TXT,
    HTML,
  ]);
  const story = StorySchema.parse(JSON.parse(run.stdout));
  const bySource = new Map(story.documents.map((d) => [d.source, d.published]));

  it('gives that file its date, over --published', () => {
    expect(bySource.get(TXT)).toMatchObject({ date: '2018-12-18', how: 'given' });
  });

  it('leaves a page that states its own date with that date, not --published', () => {
    expect(bySource.get(HTML)).toMatchObject({ date: '2018-12-06', how: 'metadata' });
  });

  it('is a usage error without FILE=', () => {
    const bad = runMasar(['analyze', '--published-for', '2018-12-18', TXT]);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/--published-for/)]);
  });
});
