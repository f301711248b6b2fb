/**
 * Benchmark 'time': tagging speed of the Arabic temporal tagger in characters per second on one core, over
 * 500 ANT dev articles (best of three passes), and publication inference for them within a one-year period.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inferPublication } from '../../src/story/infer-publication.js';
import { tagTime } from '../../src/time/index.js';
import type { MasarDoc } from '../../src/types.js';
import { sharedPath } from '../../test/helpers/shared.js';
import type { Benchmark, BenchSection } from './section.js';

const ANT = sharedPath('data', 'news', 'ant_v2.1_dev', 'articles.jsonl');
const ARTICLES = 500;
const PASSES = 3;

function bestOf(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    run();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

export const timeBenchmark: Benchmark = {
  name: 'time',
  async run(): Promise<BenchSection | null> {
    if (!existsSync(ANT)) return null;
    const lines = readFileSync(ANT, 'utf8').trim().split('\n').slice(0, ARTICLES);
    const texts = lines.map((l) => JSON.parse(l).text as string);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    const tagSeconds = bestOf(() => {
      for (const t of texts) tagTime(t, '2018-06-01');
    });
    const docs = (): MasarDoc[] =>
      texts.map((text, i) => ({
        id: String(i),
        meta: { source: String(i) },
        published: { date: null, how: 'unknown', evidence: '' },
        messages: [],
        data: {
          clean: { title: '', text, dropped: [] },
          time: { timexes: tagTime(text, null), reference: null },
        },
      }));
    const prepared = docs();
    const inferSeconds = bestOf(() =>
      inferPublication(
        prepared.map((d) => ({ ...d, published: { date: null, how: 'unknown', evidence: '' } })),
        { period: { from: '2018-01-01', to: '2018-12-31' } },
      ),
    );
    const markdown = [
      '| articles | characters | tagging, best of 3 (s) | characters/s (one core) | inference for all (s) |',
      '|---|---|---|---|---|',
      `| ${texts.length} | ${chars} | ${tagSeconds.toFixed(3)} | ${Math.round(chars / tagSeconds)} | ${inferSeconds.toFixed(3)} |`,
    ].join('\n');
    return {
      title: 'Time tagging and publication inference speed',
      command: 'npm run bench -- time',
      markdown,
      figures: { timeCharsPerSecond: chars / tagSeconds, timeInferSeconds: inferSeconds },
    };
  },
};
