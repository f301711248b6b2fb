/**
 * Benchmark 'text': decode + clean + tokenize + sentences on the ANT v2.1 dev articles, one core, best of
 * three passes (each article's UTF-8 bytes decoded, its title and text cleaned as a plain-text page, the
 * clean text tokenized and split). The normalize-and-tokenize pass alone is timed as the reference.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cleanPlainText } from '../../src/clean/clean-text.js';
import { decodeBytes } from '../../src/text/decode.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';
import { sharedPath } from '../../test/helpers/shared.js';
import type { Benchmark, BenchSection } from './section.js';

const ANT = sharedPath('data', 'news', 'ant_v2.1_dev', 'articles.jsonl');
const PASSES = 3;

/** Best of three passes, in wall-clock seconds and in CPU seconds of this process (steadier on a busy machine). */
function bestOf(run: () => void): { wall: number; cpu: number } {
  let [wall, cpu] = [Infinity, Infinity];
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall = Math.min(wall, (performance.now() - started) / 1000);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { wall, cpu };
}

function fullPass(pages: Buffer[]): void {
  for (const bytes of pages) {
    const decoded = decodeBytes(bytes);
    if ('error' in decoded) continue;
    const clean = cleanPlainText(decoded.text);
    splitSentences(clean.text, tokenize(clean.text));
  }
}

export const textBenchmark: Benchmark = {
  name: 'text',
  async run(): Promise<BenchSection | null> {
    if (!existsSync(ANT)) return null;
    const articles = readFileSync(ANT, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { title: string; text: string });
    const pages = articles.map((a) => Buffer.from(`${a.title}\n\n${a.text}`, 'utf8'));
    const megabytes = pages.reduce((n, b) => n + b.length, 0) / 1e6;
    fullPass(pages.slice(0, 200)); // warm-up
    const full = bestOf(() => fullPass(pages));
    const tokenizeOnly = bestOf(() => {
      for (const a of articles) tokenize(a.text);
    });
    const rate = articles.length / full.wall;
    const cpuRate = articles.length / full.cpu;
    const reference = articles.length / tokenizeOnly.cpu;
    const markdown = [
      '| articles | MB | clock | decode+clean+tokenize+sentences (s) | articles/s (one core) | MB/s | normalize+tokenize only: articles/s | ratio |',
      '|---|---|---|---|---|---|---|---|',
      `| ${articles.length} | ${megabytes.toFixed(1)} | wall | ${full.wall.toFixed(3)} | ${Math.round(rate)} | ${(megabytes / full.wall).toFixed(1)} | ${Math.round(articles.length / tokenizeOnly.wall)} | ${(full.wall / tokenizeOnly.wall).toFixed(2)}× |`,
      `| ${articles.length} | ${megabytes.toFixed(1)} | CPU | ${full.cpu.toFixed(3)} | ${Math.round(cpuRate)} | ${(megabytes / full.cpu).toFixed(1)} | ${Math.round(reference)} | ${(full.cpu / tokenizeOnly.cpu).toFixed(2)}× |`,
      '',
      'Single-threaded; "CPU" divides by the CPU seconds this process used, which a machine shared with other jobs',
      'inflates less than the wall clock. The normalize+tokenize pass is the reference the target is stated against.',
    ].join('\n');
    return {
      title: 'Text core speed',
      command: 'npm run bench -- text',
      markdown,
      figures: {
        articlesPerSecond: rate,
        articlesPerCpuSecond: cpuRate,
        megabytesPerSecond: megabytes / full.wall,
        tokenizeArticlesPerCpuSecond: reference,
      },
    };
  },
};
