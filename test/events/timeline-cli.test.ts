import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { TimelineSchema } from '../../src/story/schema.js';
import { runMasar } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const db = join(makeTempDir('masar-timeline-'), 'story.db');

describe('masar timeline', () => {
  let json = '';
  beforeAll(() => {
    expect(runMasar(['build', '--db', db, SAMPLES]).status).toBe(0);
    json = runMasar(['timeline', '--db', db, '--format', 'json']).stdout;
  }, 120_000);

  it('--format json prints the contract timeline, events in date order', () => {
    const timeline = TimelineSchema.parse(
      JSON.parse(runMasar(['timeline', '--db', db, '--format', 'json']).stdout),
    );
    const starts = timeline.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
  }, 60_000);

  it('--format html prints one right-to-left page', () => {
    expect(runMasar(['timeline', '--db', db, '--format', 'html']).stdout).toMatch(
      /^<!doctype html>\n<html lang="ar" dir="rtl">/,
    );
  }, 60_000);

  it('--format csv prints the header and one row per event', () => {
    const lines = runMasar(['timeline', '--db', db, '--format', 'csv']).stdout.trimEnd().split('\n');
    expect([lines[0].startsWith('id,type,date_start'), lines.length - 1]).toEqual([
      true,
      JSON.parse(json).events.length,
    ]);
  }, 60_000);
});
