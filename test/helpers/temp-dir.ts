/** A fresh temporary directory under the test run's parent directory (removed at the end of the run). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const makeTempDir = (prefix: string): string =>
  mkdtempSync(join(process.env.MASAR_TEST_TMP ?? tmpdir(), prefix));
