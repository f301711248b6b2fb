/**
 * Benchmark 'store': (1) `masar build` of the 4,456 ANT v2.1 dev articles into a fresh store (time, peak RSS,
 * store size); (2) search latency p50/p95 over 100 queries at 100,000 stored articles: the built dev set
 * replicated with changed ids (pre-analyzed rows inserted directly, not re-analyzed), in a child process
 * whose peak RSS is measured too. Queries are title words of sampled articles plus spelling-variant forms.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../../test/helpers/shared.js';
import type { Benchmark, BenchSection } from './section.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLES = sharedPath('data', 'news', 'ant_v2.1_dev', 'articles.jsonl');
export const TARGET = 100_000;

function timed(args: string[]) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, '--import', 'tsx', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const kb = Number(run.stderr.match(/Maximum resident set size \(kbytes\): (?<kb>\d+)/)?.groups?.kb ?? 0);
  return {
    seconds: (performance.now() - started) / 1000,
    peakRssMB: kb / 1024,
    stdout: run.stdout,
    stderr: run.stderr,
    status: run.status,
  };
}

const mb = (file: string) =>
  (existsSync(file) ? statSync(file).size / 1e6 : 0) +
  (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size / 1e6 : 0);
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function markdown(f: Record<string, number>): string {
  return [
    '| measure | value |',
    '|---|---|',
    `| build: articles in / stored / rejected | ${f.buildInputs} / ${f.buildStored} / ${f.buildRejected} |`,
    `| build: wall time | ${f.buildSeconds} s (${f.buildArticlesPerSecond} articles/s) |`,
    `| build: peak RSS | ${f.buildPeakRssMB} MB |`,
    `| build: store size | ${f.buildStoreMB} MB |`,
    `| rebuild (all stored, nothing analyzed) | ${f.rebuildSeconds} s |`,
    `| search store: articles | ${f.searchArticles} (${f.searchStoreMB} MB, replicated in ${f.replicateSeconds} s) |`,
    `| search latency over ${f.queries} queries (second pass) | p50 ${f.searchP50Ms} ms, p95 ${f.searchP95Ms} ms, max ${f.searchMaxMs} ms |`,
    `| search CPU time per query (second pass) | p50 ${f.searchCpuP50Ms} ms, p95 ${f.searchCpuP95Ms} ms |`,
    `| search latency, first pass (cold caches) | p50 ${f.firstPassP50Ms} ms, p95 ${f.firstPassP95Ms} ms |`,
    `| machine load average during the search run (2 cores, shared) | ${f.loadAverage} |`,
    `| search: mean hits per query | ${f.meanTotalHits} |`,
    `| search process peak RSS | ${f.searchPeakRssMB} MB |`,
  ].join('\n');
}

export const storeBenchmark: Benchmark = {
  name: 'store',
  async run(): Promise<BenchSection | null> {
    if (!existsSync(ARTICLES)) return null;
    const dir = mkdtempSync(join(tmpdir(), 'masar-bench-store-'));
    try {
      const db = join(dir, 'dev.db');
      const build = timed(['src/cli/run.ts', 'build', '--db', db, ARTICLES]);
      if (build.status !== 0 && build.status !== 3)
        throw new Error(`build failed (${build.status}): ${build.stderr.slice(-500)}`);
      const summary = JSON.parse(build.stdout.trim().split('\n').at(-1) ?? '{}') as {
        added: number;
        skipped: number;
        stored: number;
      };
      const rejected = (build.stderr.match(/^masar: rejected /gm) ?? []).length;
      const buildStoreMB = mb(db);
      const rebuild = timed(['src/cli/run.ts', 'build', '--db', db, ARTICLES]);
      const big = join(dir, 'big.db');
      copyFileSync(db, big);
      const search = timed(['scripts/bench/store-search.ts', big, String(TARGET)]);
      if (search.status !== 0) throw new Error(`search bench failed: ${search.stderr.slice(-800)}`);
      const s = JSON.parse(search.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
      const figures = {
        buildInputs: summary.added + summary.skipped + rejected,
        buildStored: summary.stored,
        buildRejected: rejected,
        buildSeconds: round(build.seconds),
        buildArticlesPerSecond: round(summary.added / build.seconds),
        buildPeakRssMB: round(build.peakRssMB),
        buildStoreMB: round(buildStoreMB),
        rebuildSeconds: round(rebuild.seconds),
        searchArticles: s.articles,
        searchStoreMB: round(mb(big)),
        replicateSeconds: round(s.replicateSeconds),
        queries: s.queries,
        searchP50Ms: round(s.p50, 2),
        searchP95Ms: round(s.p95, 2),
        searchMaxMs: round(s.max, 2),
        searchCpuP50Ms: round(s.cpuP50, 2),
        searchCpuP95Ms: round(s.cpuP95, 2),
        loadAverage: round(s.loadAverage, 1),
        firstPassP50Ms: round(s.firstPassP50, 2),
        firstPassP95Ms: round(s.firstPassP95, 2),
        meanTotalHits: Math.round(s.meanTotal),
        searchPeakRssMB: round(search.peakRssMB),
      };
      return {
        title: 'Store and search (ANT v2.1 dev; 100,000 replicated articles)',
        command: 'npm run bench -- store',
        markdown: markdown(figures),
        figures,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
