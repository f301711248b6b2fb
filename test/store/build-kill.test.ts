/**
 * `masar build` killed with SIGKILL mid-run leaves the store consistent, and the next run completes it.
 * The CLI runs as one node process (node --import tsx), so the kill reaches the process doing the writes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { makeCorpus } from './make-corpus.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = 400;
const BATCH = 50;

function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet
  }
}

/** Starts a build, kills it with SIGKILL once at least `atLeast` documents are committed. */
async function killMidRun(db: string, corpus: string, atLeast: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'build', '--db', db, corpus], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  while (child.exitCode === null && storedCount(db) < atLeast) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await exited;
}

function inspect(db: string) {
  const conn = new Database(db, { readonly: true });
  const one = (sql: string) => Object.values(conn.prepare(sql).get() as object)[0];
  const result = {
    integrity: one('PRAGMA integrity_check'),
    documents: one('SELECT count(*) FROM documents') as number,
    inputs: one('SELECT count(*) FROM inputs'),
    indexed: one('SELECT count(*) FROM doc_fts_docsize'),
  };
  conn.close();
  return result;
}

describe('masar build killed mid-run', () => {
  const dir = makeTempDir('masar-kill-');
  const db = join(dir, 'store.db');
  const corpus = join(dir, 'corpus.jsonl');
  let afterKill: ReturnType<typeof inspect>;
  let rerun: { status: number | null; stdout: string };

  beforeAll(async () => {
    writeFileSync(corpus, makeCorpus(ARTICLES));
    await killMidRun(db, corpus, 2 * BATCH);
    afterKill = inspect(db);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/run.ts', 'build', '--db', db, corpus],
      { cwd: ROOT, encoding: 'utf8' },
    );
    rerun = { status: run.status, stdout: run.stdout };
  }, 120_000);

  it('was killed before it finished', () => {
    expect(afterKill.documents).toBeLessThan(ARTICLES);
  });

  it('leaves a store that passes SQLite integrity_check', () => {
    expect(afterKill.integrity).toBe('ok');
  });

  it('leaves whole batches only: documents, inputs and index rows agree', () => {
    expect([afterKill.documents % BATCH, afterKill.inputs, afterKill.indexed]).toEqual([
      0,
      afterKill.documents,
      afterKill.documents,
    ]);
  });

  it('completes on the next run, analyzing only what was missing', () => {
    expect([rerun.status, JSON.parse(rerun.stdout)]).toMatchObject([
      0,
      { added: ARTICLES - afterKill.documents, skipped: afterKill.documents, stored: ARTICLES },
    ]);
  });

  it('holds every document whole after the rerun', () => {
    const store = new SqliteStore(db);
    const docs = store.allDocs();
    store.close();
    const whole = docs.filter(
      (d) =>
        d.data.clean?.text &&
        d.data.segments?.sentences.length &&
        d.data.time &&
        d.data.entities &&
        d.data.events,
    );
    expect(whole.length).toBe(ARTICLES);
  });

  it('passes the FTS5 index integrity check after the rerun', () => {
    const conn = new Database(db);
    expect(() =>
      conn.prepare("INSERT INTO doc_fts (doc_fts, rank) VALUES ('integrity-check', 0)").run(),
    ).not.toThrow();
    conn.close();
  });
});
