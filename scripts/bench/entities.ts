/**
 * Benchmark 'entities': speed of cross-document entity resolution over the 4,456 ANT v2.1 dev articles.
 * The articles are segmented and tagged first (not timed); then `resolveEntities` runs over all of them at
 * once, timed, after the story step's known-name pass (src/entities/propagate, timed apart): blocking by
 * skeleton key keeps both near-linear in the mentions and words.
 */
import { existsSync } from 'node:fs';
import { findKnownMentions } from '../../src/entities/propagate/find-known-mentions.js';
import { resolveEntities } from '../../src/story/resolve-entities.js';
import { ANT_ARTICLES, antTaggedDocs } from '../ant-tagged-docs.js';
import type { Benchmark, BenchSection } from './section.js';

export const entitiesBenchmark: Benchmark = {
  name: 'entities',
  async run(): Promise<BenchSection | null> {
    if (!existsSync(ANT_ARTICLES)) return null;
    const docs = antTaggedDocs();
    const mentions = docs.reduce((n, d) => n + (d.data.entities?.mentions.length ?? 0), 0);
    const started = performance.now();
    const found = findKnownMentions(docs);
    const passed = performance.now();
    const resolved = resolveEntities(docs);
    const seconds = (performance.now() - passed) / 1000;
    const passSeconds = (passed - started) / 1000;
    const figures = {
      articles: docs.length,
      mentions,
      entities: resolved.length,
      seconds: Number(seconds.toFixed(2)),
      mentionsPerSecond: Math.round(mentions / seconds),
      knownNameSeconds: Number(passSeconds.toFixed(2)),
      knownNameMentions: found,
    };
    const markdown = [
      'Cross-document resolution of every mention of ANT v2.1 dev at once (tagging not timed), after the',
      'known-name pass (the whole dev set as one story; its time and the mentions it adds or widens apart).',
      '',
      '| articles | mentions | entities | seconds | mentions/s | known-name pass s | mentions added or widened |',
      '|---|---|---|---|---|---|---|',
      `| ${figures.articles} | ${mentions} | ${resolved.length} | ${figures.seconds} | ${figures.mentionsPerSecond} | ${figures.knownNameSeconds} | ${found} |`,
    ].join('\n');
    return { title: 'Entity resolution', command: 'npm run bench -- entities', markdown, figures };
  },
};
