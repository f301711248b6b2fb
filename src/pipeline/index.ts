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
 * - the story step re-runs `time` (and `events`) for documents whose publication date it infers.
 */
import type { MasarDoc, RunOptions } from '../types.js';
import type { Stage } from './stage.js';
import { decode } from './stages/decode.js';
import { clean } from './stages/clean.js';
import { publication } from './stages/publication.js';
import { segment } from './stages/segment.js';
import { time } from './stages/time.js';
import { entities } from './stages/entities.js';
import { events } from './stages/events.js';

export const STAGES: readonly Stage[] = [decode, clean, publication, segment, time, entities, events];

export function runStages(doc: MasarDoc, options: RunOptions, stages: readonly Stage[] = STAGES): MasarDoc {
  for (const stage of stages) {
    if (doc.rejected) break;
    stage.run(doc, { options });
  }
  return doc;
}

/** Re-dates a document: time and events again, against its (new) publication date. */
export function redate(doc: MasarDoc, options: RunOptions): MasarDoc {
  return runStages(doc, options, [time, events]);
}
