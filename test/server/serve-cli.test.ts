import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { fillStore } from './fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('masar serve', () => {
  it('serves the API of a store on 127.0.0.1 with the port it was given (0: any free one)', async () => {
    const db = join(makeTempDir('masar-serve-'), 'store.db');
    fillStore(new SqliteStore(db)).close();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/run.ts', 'serve', '--db', db, '--port', '0'],
      { cwd: ROOT },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
          if (found) resolve(found[0]);
        });
        child.on('exit', () => reject(new Error('serve exited')));
      });
      const body = await (await fetch(`${url}api/documents`)).json();
      expect(body.total).toBe(5);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});
