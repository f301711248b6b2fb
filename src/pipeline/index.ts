/**
 * The pipeline: one ordered list of per-document stages over one `MasarDoc`, then one cross-document step
 * (src/story/build-story.ts) that merges the documents into the story.
 *
 * Ordering constraints:
 * - decode before clean (clean reads `data.decoded`); clean sets `doc.id` from the cleaned content.
 * - publication after clean (an HTML page's own date is read while cleaning), before time.
 * - segment before time/entities/events (they read tokens and sentences).
 * - time before events (events take their dates from the document's timexes).
 * - entities before events (events take participants and places from the mentions).
 * - `runBatch` decodes every document before cleaning any, so that lines repeated across the batch
 *   (site furniture the per-page rules miss) can be dropped by clean.
 * - the story step re-runs `time` (and `events`) for documents whose publication date it infers.
 */

import { findCorpusLines } from '../clean/find-corpus-lines.js';
import type { MasarDoc, RunOptions } from '../types.js';
import type { Stage, StageContext } from './stage.js';
import { clean } from './stages/clean.js';
import { decode } from './stages/decode.js';
import { entities } from './stages/entities.js';
import { events } from './stages/events.js';
import { publication } from './stages/publication.js';
import { segment } from './stages/segment.js';
import { time } from './stages/time.js';

export const STAGES: readonly Stage[] = [decode, clean, publication, segment, time, entities, events];

export function runStages(
  doc: MasarDoc,
  options: RunOptions,
  stages: readonly Stage[] = STAGES,
  extra: Omit<StageContext, 'options'> = {},
): MasarDoc {
  for (const stage of stages) {
    if (doc.rejected) break;
    stage.run(doc, { options, ...extra });
  }
  return doc;
}

/** Fewer plain-text pages than this share too little furniture for the corpus pre-pass to judge. */
const MIN_BATCH_FOR_CORPUS_LINES = 3;
const SHARED_LINES = { minDocs: 2, maxWords: Number.POSITIVE_INFINITY };

/**
 * Decodes every document of a batch, then runs the corpus pre-passes: the furniture lines of the plain-text
 * pages and the lines two inputs share. Returns what the later stages need of the batch.
 */
export function prepareBatch(docs: MasarDoc[], options: RunOptions): Omit<StageContext, 'options'> {
  for (const doc of docs) runStages(doc, options, [decode]);
  const textOf = (d: MasarDoc, formats: string[]) =>
    !d.rejected && d.data.decoded && formats.includes(d.data.decoded.format) ? [d.data.decoded.text] : [];
  const plain = docs.flatMap((d) => textOf(d, ['txt']));
  const corpusLines = plain.length >= MIN_BATCH_FOR_CORPUS_LINES ? findCorpusLines(plain) : undefined;
  // any line two inputs share, for the paragraphs of a teased report (src/clean/mark-teaser-excerpts.ts)
  const texts = docs.flatMap((d) => textOf(d, ['txt', 'jsonl']));
  const sharedLines = texts.length >= 2 ? findCorpusLines(texts, SHARED_LINES) : undefined;
  return { corpusLines, sharedLines };
}

/** The stages after decode, for a document of a batch that `prepareBatch` decoded. */
export function runPrepared(
  doc: MasarDoc,
  options: RunOptions,
  batch: Omit<StageContext, 'options'>,
): MasarDoc {
  return runStages(doc, options, STAGES.slice(1), batch);
}

/**
 * Runs the pipeline over a batch: decode first for all, then the corpus pre-passes (`prepareBatch`),
 * then the other stages per document. `onDone` is called after each document.
 */
export function runBatch(
  docs: MasarDoc[],
  options: RunOptions,
  onDone?: (doc: MasarDoc) => void,
): MasarDoc[] {
  const batch = prepareBatch(docs, options);
  for (const doc of docs) {
    runPrepared(doc, options, batch);
    onDone?.(doc);
  }
  return docs;
}

/** Re-dates a document: time and events again, against its (new) publication date. */
export function redate(doc: MasarDoc, options: RunOptions): MasarDoc {
  return runStages(doc, options, [time, events]);
}
