/**
 * Benchmark 'story': the cross-document events step (merging event mentions into the timeline) and the
 * timeline exports (JSON, HTML, CSV) over the 4,456 articles of ANT v2.1 dev. The per-document stages run
 * first, untimed for the target (their speed is the 'analyze' benchmark); target: merge + timeline < 30 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readJsonl } from '../../src/io/read-inputs.js';
import { runStages } from '../../src/pipeline/index.js';
import { mergeEvents } from '../../src/story/merge-events.js';
import { resolveEntities } from '../../src/story/resolve-entities.js';
import type { Story } from '../../src/story/schema.js';
import { renderTimelineCsv } from '../../src/story/timeline-csv.js';
import { renderTimelineHtml } from '../../src/story/timeline-html.js';
import { sharedPath } from '../../test/helpers/shared.js';
import type { Benchmark, BenchSection } from './section.js';

const ARTICLES = sharedPath('data', 'news', 'ant_v2.1_dev', 'articles.jsonl');
const TARGET_SECONDS = 30;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, (performance.now() - started) / 1000];
}

export const storyBenchmark: Benchmark = {
  name: 'story',
  async run(): Promise<BenchSection | null> {
    if (!existsSync(ARTICLES)) return null;
    const [docs, stagesSeconds] = timed(() =>
      readJsonl(ARTICLES, readFileSync(ARTICLES, 'utf8'), [])
        .map((d) => runStages(d, {}))
        .filter((d) => !d.rejected),
    );
    const mentions = docs.reduce((n, d) => n + (d.data.events?.mentions.length ?? 0), 0);
    const [entities, entitiesSeconds] = timed(() => resolveEntities(docs));
    const [events, mergeSeconds] = timed(() => mergeEvents(docs, entities));
    const story: Story = { version: 1, documents: [], entities, timexes: [], events };
    const [sizes, renderSeconds] = timed(() => [
      JSON.stringify({ version: 1, events }).length,
      renderTimelineHtml(story).length,
      renderTimelineCsv(story).length,
    ]);
    const total = mergeSeconds + renderSeconds;
    const markdown = [
      `ANT v2.1 dev: ${docs.length} articles, ${mentions} event mentions → ${events.length} timeline events.`,
      '',
      '| step | seconds |',
      '|---|---|',
      `| per-document stages (not in the target; see 'analyze') | ${stagesSeconds.toFixed(1)} |`,
      `| entity resolution (not in the target) | ${entitiesSeconds.toFixed(2)} |`,
      `| **merge events** | ${mergeSeconds.toFixed(2)} |`,
      `| **timeline: JSON + HTML + CSV** (${(sizes[0] / 1e6).toFixed(1)} + ${(sizes[1] / 1e6).toFixed(1)} + ${(sizes[2] / 1e6).toFixed(1)} MB) | ${renderSeconds.toFixed(2)} |`,
      `| **merge + timeline** (target < ${TARGET_SECONDS} s) | ${total.toFixed(2)} |`,
    ].join('\n');
    return {
      title: 'Story: merge and timeline',
      command: 'npm run bench -- story',
      markdown,
      figures: {
        articles: docs.length,
        eventMentions: mentions,
        events: events.length,
        mergeSeconds,
        renderSeconds,
        mergeAndTimelineSeconds: total,
        withinTarget: total < TARGET_SECONDS ? 1 : 0,
      },
    };
  },
};
