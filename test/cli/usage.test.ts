import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMasar } from '../helpers/cli.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** A usage error: exit 2, a message on stderr, nothing done (nothing on stdout). */
function expectUsageError(args: string[], message: RegExp) {
  const run = runMasar(args);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
}

describe('usage errors exit 2 and do nothing', () => {
  it('rejects a call with no command, its help on stderr', () => {
    expectUsageError([], /no command given[\s\S]*Usage: masar <command>/);
  });

  it('rejects an unknown command', () => {
    expectUsageError(['summarize', SAMPLES], /unknown command "summarize"/);
  });

  it('rejects an unknown option', () => {
    expectUsageError(['analyze', '--colour', 'red', SAMPLES], /colour/);
  });

  it('rejects --published that is not a day', () => {
    expectUsageError(['analyze', '--published', '13/12/2018', SAMPLES], /--published/);
  });

  it('rejects --published that names no calendar day', () => {
    expectUsageError(['analyze', '--published', '2018-13-45', SAMPLES], /--published/);
  });

  it('rejects --published of a day past the end of its month (no roll-over into the next)', () => {
    expectUsageError(['analyze', '--published', '2018-02-30', SAMPLES], /--published/);
  });

  it('rejects --period without the .. separator', () => {
    expectUsageError(['analyze', '--period', '2018-12-01', SAMPLES], /--period/);
  });

  it('rejects --period whose start is after its end', () => {
    expectUsageError(['analyze', '--period', '2019-01-31..2018-12-01', SAMPLES], /--period/);
  });

  it('rejects analyze without a path', () => {
    expectUsageError(['analyze'], /path/);
  });

  it('rejects build without --db', () => {
    expectUsageError(['build', SAMPLES], /--db/);
  });

  it('rejects a timeline format it does not know', () => {
    expectUsageError(['timeline', '--db', 'unused.db', '--format', 'pdf'], /--format/);
  });
});
