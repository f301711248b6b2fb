/**
 * The cross-document step: analyzed documents → one story. Order matters:
 * duplicates first (a re-filed copy must not count twice as evidence), then names tagged somewhere found
 * again where the tagger left them (the known-name pass), then entities resolved, then publication dates
 * inferred (events shared across reports are matched by entity) and those documents re-dated, then events
 * merged (they need both) and those long before the first report marked as background.
 */
import { findKnownMentions } from '../entities/propagate/find-known-mentions.js';
import { redate } from '../pipeline/index.js';
import type { MasarDoc, RunOptions } from '../types.js';
import { inferPublication } from './infer-publication.js';
import { markBackground } from './mark-background.js';
import { markDuplicates } from './mark-duplicates.js';
import { mergeEvents } from './merge-events.js';
import { resolveEntities } from './resolve-entities.js';
import type { Story } from './schema.js';

export function buildStory(allDocs: MasarDoc[], options: RunOptions): Story {
  const docs = allDocs.filter((d) => !d.rejected);
  markDuplicates(docs);
  findKnownMentions(docs);
  const entities = resolveEntities(docs);
  // after entities: events shared with dated reports date others (matched by entity); re-dates what it dates
  inferPublication(docs, options, { entities, redate: (doc) => redate(doc, options) });
  const events = markBackground(mergeEvents(docs, entities), docs);
  return {
    version: 1,
    documents: docs.map((doc) => ({
      id: doc.id,
      source: doc.meta.source,
      title: doc.data.clean?.title ?? '',
      text: doc.data.clean?.text ?? '',
      published: doc.published,
      ...(doc.duplicateOf ? { duplicateOf: doc.duplicateOf } : {}),
    })),
    entities,
    timexes: docs.flatMap((doc) =>
      (doc.data.time?.timexes ?? []).map((t) => ({
        doc: doc.id,
        start: t.start,
        end: t.end,
        text: t.text,
        type: t.type,
        value: t.value,
        ...(t.mod ? { mod: t.mod } : {}),
      })),
    ),
    events,
  };
}
