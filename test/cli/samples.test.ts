import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { StorySchema, TimelineSchema } from '../../src/story/schema.js';
import { runMasar } from '../helpers/cli.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
/** Reports in samples/, counted by hand in samples/README.md: 8 single-article files and 3 jsonl lines. */
const SAMPLE_REPORTS = 11;

describe('masar analyze samples', () => {
  const run = runMasar(['analyze', SAMPLES]);

  it('exits 0 with nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints one story of the contract shape with every report', () => {
    const story = StorySchema.parse(JSON.parse(run.stdout));
    expect(story.documents).toHaveLength(SAMPLE_REPORTS);
  });

  it('takes the publication dates the inputs state', () => {
    const story = StorySchema.parse(JSON.parse(run.stdout));
    const date = (end: string) => story.documents.find((d) => d.source.endsWith(end))?.published.date;
    expect(date('02-talks-open.html')).toBe('2018-12-06');
    expect(date('04-stockholm-agreement.html')).toBe('2018-12-13');
    expect(date('06-security-council-2451.html')).toBe('2018-12-22');
    expect(date('rcc-first-meeting')).toBe('2018-12-27');
  });

  it('honours --published for the inputs that have no date of their own', () => {
    const given = StorySchema.parse(
      JSON.parse(
        runMasar(['analyze', '--published', '2018-12-18', join(SAMPLES, '05-hodeidah-ceasefire.txt')]).stdout,
      ),
    );
    expect(given.documents[0].published).toMatchObject({ date: '2018-12-18', how: 'given' });
  });
});

describe('masar build, then timeline, over the samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'masar-samples-'));
  const db = join(dir, 'samples.db');
  const build = runMasar(['build', '--db', db, SAMPLES]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the store with exit 0', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  it('prints the timeline as JSON of the contract shape', () => {
    const run = runMasar(['timeline', '--db', db, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(TimelineSchema.safeParse(JSON.parse(run.stdout)).error?.issues ?? []).toEqual([]);
  });

  it('writes the timeline as one self-contained HTML page', () => {
    const out = join(dir, 'timeline.html');
    expect(runMasar(['timeline', '--db', db, '--format', 'html', '--out', out]).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/i);
  });

  it('prints the timeline as CSV with a header line', () => {
    const run = runMasar(['timeline', '--db', db, '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/date/i);
  });

  it('adds nothing when the same samples are built again', () => {
    const again = runMasar(['build', '--db', db, SAMPLES]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0 });
  });
});
