/**
 * Vitest global setup: one parent directory for every temporary file of the run, removed when the run ends
 * (the workers inherit MASAR_TEST_TMP; see temp-dir.ts), so repeated runs leave nothing in the system's tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'masar-test-'));
  process.env.MASAR_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
