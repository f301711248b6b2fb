import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** Runs the masar CLI from source as a separate process, the way a user runs it. */
export function runMasar(args: string[], input?: string) {
  const result = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
