import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('a reader that closes the pipe early', () => {
  // The story of samples/ read twice is over 64 KiB, a pipe's buffer: `head -c 10` exits while masar still writes.
  const run = spawnSync(
    'bash',
    [
      '-c',
      'set -o pipefail; node_modules/.bin/tsx src/cli/run.ts analyze samples samples | head -c 10 >/dev/null',
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );

  it('ends masar with status 0', () => {
    expect(run.status).toBe(0);
  });

  it('prints no EPIPE error', () => {
    expect(run.stderr).not.toMatch(/EPIPE/);
  });
});
