import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMasar } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const SAMPLE = fileURLToPath(new URL('../../samples/01-houthi-delegation-arrives.txt', import.meta.url));

describe('a --db that is not a store', () => {
  it.each(['timeline', 'search', 'serve'])(
    '%s refuses a store that does not exist and creates none',
    (cmd) => {
      const db = join(makeTempDir('masar-nodb-'), 'typo.db');
      const run = runMasar(cmd === 'search' ? [cmd, '--db', db, 'إدلب'] : [cmd, '--db', db]);
      expect([run.status, run.stderr.includes(`"${db}" does not exist`), existsSync(db)]).toEqual([
        2,
        true,
        false,
      ]);
    },
  );

  it('build names the folder given as --db', () => {
    const dir = makeTempDir('masar-dirdb-');
    mkdirSync(join(dir, 'in'));
    const run = runMasar(['build', '--db', dir, join(dir, 'in')]);
    expect([run.status, run.stderr.includes(`"${dir}" is a folder`)]).toEqual([2, true]);
  });
});

describe('timeline --format csv --out', () => {
  it('starts the file with a byte order mark so that a spreadsheet reads the Arabic as UTF-8', () => {
    const dir = makeTempDir('masar-csv-');
    const db = join(dir, 'store.db');
    const out = join(dir, 'timeline.csv');
    expect(runMasar(['build', '--db', db, SAMPLE]).status).toBe(0);
    expect(runMasar(['timeline', '--db', db, '--format', 'csv', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFid,type,')).toBe(true);
  }, 60_000);
});

describe('build', () => {
  it('analyzes an article given twice in one run once', () => {
    const dir = makeTempDir('masar-twice-');
    const copy = join(dir, 'copy.txt');
    copyFileSync(SAMPLE, copy);
    const run = runMasar(['build', '--db', join(dir, 'store.db'), SAMPLE, copy]);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 1, skipped: 1, stored: 1 });
  }, 60_000);
});
