import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { makeDoc, stored } from './make-doc.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const search = (db: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'search', '--db', db, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('masar search', () => {
  const db = join(makeTempDir('masar-search-'), 'store.db');
  beforeAll(() => {
    const store = new SqliteStore(db);
    store.addAll([
      stored(
        makeDoc({
          id: 'a',
          title: 'محادثات',
          text: 'انطلقت المحادثات في الأستانة.',
          published: '2017-01-23',
        }),
      ),
      stored(makeDoc({ id: 'b', title: 'خبر', text: 'وصل الوفد إلى جنيف.', published: '2017-02-01' })),
    ]);
    store.close();
  });

  it('prints the hits as JSON with highlights pointing into the text', () => {
    const run = search(db, '--json', 'أستانة');
    const result = JSON.parse(run.stdout);
    const hit = result.hits[0];
    expect([
      run.status,
      result.total,
      hit.id,
      'انطلقت المحادثات في الأستانة.'.slice(hit.snippet.highlights[0].start, hit.snippet.highlights[0].end),
    ]).toEqual([0, 1, 'a', 'الأستانة']);
  });

  it('marks the matched words between «» in text output', () => {
    expect(search(db, 'جنيف').stdout).toContain('«جنيف»');
  });

  it('applies a date filter', () => {
    expect(JSON.parse(search(db, '--json', '--to', '2017-01-31', 'جنيف').stdout).total).toBe(0);
  });

  it('rejects a malformed date with exit status 2', () => {
    expect(search(db, '--from', 'yesterday', 'جنيف').status).toBe(2);
  });
});
