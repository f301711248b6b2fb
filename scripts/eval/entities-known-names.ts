/**
 * The known-name pass (src/entities/propagate) measured: how many mentions it adds (found: propagated) and
 * widens (found: extended) on the seeds, on the bundled samples and on the first ANT v2.1 dev articles taken
 * as one story. No gold for these spans: the counts are for a human check beside the listed examples.
 */
import { analyzePaths } from '../../src/cli/analyze-paths.js';
import { findKnownMentions } from '../../src/entities/propagate/find-known-mentions.js';
import type { MasarDoc } from '../../src/types.js';
import { antTaggedDocs } from '../ant-tagged-docs.js';
export const ANT_STORY_SIZE = 300;

export interface KnownNameCount {
  corpus: string;
  documents: number;
  tagged: number;
  propagated: number;
  extended: number;
}

/** The first ANT dev articles, segmented and tagged (the pipeline's own stages), as one story. */
export const antStory = (size = ANT_STORY_SIZE): MasarDoc[] => antTaggedDocs(size);

/** Runs the pass over one story and counts what it did. */
export function countKnownNames(corpus: string, docs: MasarDoc[]): KnownNameCount {
  const tagged = docs.reduce((n, d) => n + (d.data.entities?.mentions.length ?? 0), 0);
  findKnownMentions(docs);
  const found = docs.flatMap((d) => (d.data.entities?.mentions ?? []).flatMap((m) => m.found ?? []));
  return {
    corpus,
    documents: docs.length,
    tagged,
    propagated: found.filter((f) => f === 'propagated').length,
    extended: found.filter((f) => f === 'extended').length,
  };
}

export function knownNameCounts(seeds: string, samples: string): KnownNameCount[] {
  return [
    countKnownNames('seeds', analyzePaths([seeds], {}).docs),
    countKnownNames('samples/', analyzePaths([samples], {}).docs),
    countKnownNames(`ANT v2.1 dev, first ${ANT_STORY_SIZE} articles as one story`, antStory()),
  ].filter((c) => c.documents > 0);
}

export function knownNamesTable(counts: KnownNameCount[]): string[] {
  return [
    '| corpus | documents | tagged mentions | added (propagated) | widened (extended) |',
    '|---|---|---|---|---|',
    ...counts.map((c) => `| ${c.corpus} | ${c.documents} | ${c.tagged} | ${c.propagated} | ${c.extended} |`),
  ];
}
