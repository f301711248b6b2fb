import { createHash } from 'node:crypto';
import type { InputProblem } from '../../io/read-inputs.js';
import { prepareBatch, runPrepared } from '../../pipeline/index.js';
import type { StageContext } from '../../pipeline/stage.js';
import { loadStory } from '../../store/load-story.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import type { Store, StoredDoc } from '../../store/store.js';
import type { MasarDoc, RunOptions } from '../../types.js';
import { readEachInput, reportRejected } from '../analyze-paths.js';
import {
  parse,
  printHelp,
  READING_HELP,
  READING_OPTIONS,
  runOptions,
  storeToWrite,
  UsageError,
} from '../options.js';
import { progress } from '../progress.js';
import { tellUndated } from '../undated-note.js';

export const BUILD_HELP = `Usage: masar build [--published YYYY-MM-DD] [--period FROM..TO] --db <file> <path>...

Analyzes the inputs and adds them to the store (an input already stored, by content, is not analyzed again).
Writes are committed in batches, each atomically: a run stopped at any moment leaves the store consistent,
and the next run completes it. Rebuilds the story over the whole store. Prints a summary on stdout and a
progress bar on stderr (when it is a terminal).

${READING_HELP}`;

const BATCH = 50;

/** The key that makes `build` incremental: the input's text and the metadata the analysis reads. */
export function contentHash(doc: MasarDoc): string {
  const hash = createHash('sha256').update(doc.rawText ?? doc.raw ?? '');
  return hash.update(`\n${doc.meta.title ?? ''}\n${doc.meta.published ?? ''}`).digest('hex');
}

function analyze(
  doc: MasarDoc,
  options: RunOptions,
  batch: Omit<StageContext, 'options'>,
): string | undefined {
  try {
    runPrepared(doc, options, batch);
    return doc.rejected;
  } catch (error) {
    return `analysis failed: ${(error as Error).message}`;
  }
}

/** Once stored, a document's analysis is dropped from memory (the story is built from the store). */
function release(doc: MasarDoc): void {
  doc.data = {};
  doc.raw = undefined;
  doc.rawText = undefined;
}

/** Analyzes the fresh inputs and commits them in batches; returns how many were added. */
function addFresh(store: Store, fresh: StoredDoc[], options: RunOptions, problems: InputProblem[]): number {
  // decoded all first, so that cleaning sees the lines the batch repeats, as `masar analyze` does
  const context = prepareBatch(
    fresh.map((item) => item.doc),
    options,
  );
  const bar = progress('analyzing', fresh.length);
  let batch: StoredDoc[] = [];
  let added = 0;
  const commit = () => {
    if (batch.length > 0) store.addAll(batch);
    added += batch.length;
    for (const item of batch) release(item.doc);
    batch = [];
  };
  for (const item of fresh) {
    const rejected = analyze(item.doc, options, context);
    if (rejected) problems.push({ source: item.doc.meta.source, reason: rejected });
    else batch.push(item);
    if (batch.length >= BATCH) commit();
    bar.tick();
  }
  commit();
  bar.done();
  return added;
}

export async function buildCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...READING_OPTIONS, db: { type: 'string' } });
  if (values.help) return printHelp(BUILD_HELP);
  const file = storeToWrite(values.db);
  if (positionals.length === 0) throw new UsageError('build needs at least one path');
  const options = runOptions(values);
  const store = new SqliteStore(file);
  try {
    const { docs, problems } = readEachInput(positionals);
    // an input already stored, or given twice in this run (the same article in two files), is analyzed once
    const seen = new Set<string>();
    const fresh = docs
      .map((doc) => ({ contentHash: contentHash(doc), doc }))
      .filter((d) => !store.has(d.contentHash) && !seen.has(d.contentHash) && seen.add(d.contentHash));
    const added = addFresh(store, fresh, options, problems);
    if (process.stderr.isTTY) process.stderr.write('building the story over the whole store…\n');
    const story = loadStory(store, options);
    const summary = {
      added,
      skipped: docs.length - fresh.length,
      stored: store.count(),
      entities: story.entities.length,
      events: story.events.length,
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    tellUndated(story, options.period !== undefined);
    return reportRejected(problems);
  } finally {
    store.close();
  }
}
