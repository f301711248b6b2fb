/**
 * Benchmark 'ner': tagging speed of the learned tagger in tokens per second on one core, over the
 * ANERcorp test sentences tagged as one document, both passes (model and gazetteers loaded before the
 * clock starts; best of three passes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadModel } from '../../src/entities/ner/model.js';
import { tagSentence, tagSentences } from '../../src/entities/ner/tag-sentence.js';
import { parseConll } from '../../src/io/conll.js';
import { sharedPath } from '../../test/helpers/shared.js';
import type { Benchmark, BenchSection } from './section.js';

const TEST = sharedPath('data', 'ner', 'anercorp', 'ANERCorp_CamelLab_test.reconstructed.txt');
const PASSES = 3;

export const nerBenchmark: Benchmark = {
  name: 'ner',
  async run(): Promise<BenchSection | null> {
    if (!existsSync(TEST)) return null;
    const loadStart = performance.now();
    loadModel();
    tagSentence(['تحميل']);
    const loadMs = performance.now() - loadStart;
    const sentences = parseConll(readFileSync(TEST, 'utf8')).map((s) => s.tokens);
    const tokens = sentences.reduce((n, s) => n + s.length, 0);
    let best = Infinity;
    for (let pass = 0; pass < PASSES; pass++) {
      const started = performance.now();
      tagSentences(sentences);
      best = Math.min(best, (performance.now() - started) / 1000);
    }
    const tokensPerSecond = tokens / best;
    const markdown = [
      '| tokens | best of 3 (s) | tokens/s (one core) | model load (ms) | load average (1 min) |',
      '|---|---|---|---|---|',
      `| ${tokens} | ${best.toFixed(3)} | ${Math.round(tokensPerSecond)} | ${Math.round(loadMs)} | ${loadavg()[0].toFixed(1)} |`,
    ].join('\n');
    return {
      title: 'NER tagging speed',
      command: 'npm run bench -- ner',
      markdown,
      figures: { tokensPerSecond, loadMs },
    };
  },
};
