import { createHash } from 'node:crypto';
import { readInputs } from '../../io/read-inputs.js';
import { runStages } from '../../pipeline/index.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import type { StoredDoc } from '../../store/store.js';
import type { MasarDoc } from '../../types.js';
import { reportRejected } from '../analyze-paths.js';
import { parse, printHelp, READING_OPTIONS, requireString, runOptions, UsageError } from '../options.js';
import { progress } from '../progress.js';

export const BUILD_HELP = `Usage: masar build [--published YYYY-MM-DD] [--period FROM..TO] --db <file> <path>...

Analyzes the inputs and adds them to the store (an article already stored, by content, is skipped).
Writes are committed in batches: a run stopped at any moment leaves the store consistent, and the next
run completes it. Prints a summary on stdout and a progress bar on stderr.`;

const BATCH = 50;

export function contentHash(doc: MasarDoc): string {
  return createHash('sha256').update(doc.rawText ?? doc.raw ?? '').digest('hex');
}

export async function buildCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...READING_OPTIONS, db: { type: 'string' } });
  if (values.help) return printHelp(BUILD_HELP);
  const file = requireString(values.db, 'db');
  if (positionals.length === 0) throw new UsageError('build needs at least one path');
  const options = runOptions(values);
  const store = new SqliteStore(file);
  try {
    const { docs, problems } = readInputs(positionals);
    const fresh = docs.map((doc) => ({ contentHash: contentHash(doc), doc })).filter((d) => !store.has(d.contentHash));
    const bar = progress('analyzing', fresh.length);
    let batch: StoredDoc[] = [];
    for (const item of fresh) {
      runStages(item.doc, options);
      if (item.doc.rejected) problems.push({ source: item.doc.meta.source, reason: item.doc.rejected });
      else batch.push(item);
      if (batch.length >= BATCH) {
        store.addAll(batch);
        batch = [];
      }
      bar.tick();
    }
    store.addAll(batch);
    bar.done();
    process.stdout.write(`${JSON.stringify({ added: fresh.length - problems.length, skipped: docs.length - fresh.length, stored: store.count() })}\n`);
    return reportRejected(problems);
  } finally {
    store.close();
  }
}
