/**
 * Benchmark 'analyze': throughput (articles/s, MB/s) and peak memory of `masar analyze` on the first 2,000
 * articles of ANT v2.1 dev. Runs the real CLI as a child process (from source through tsx's loader, so the
 * figures follow the working tree) and reads its peak RSS from GNU time, or from a process.resourceUsage()
 * hook when /usr/bin/time is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../../test/helpers/shared.js';
import type { Benchmark, BenchSection } from './section.js';
import { stageTable, timeStages } from './stage-times.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLES = sharedPath('data', 'news', 'ant_v2.1_dev', 'articles.jsonl');
const COUNT = 2000;
const GNU_TIME = '/usr/bin/time';

interface Measured {
  seconds: number;
  peakRssKb: number;
  status: number | null;
  rejected: number;
  stdoutBytes: number;
  probe: string;
  stderrTail: string;
  /** User + system CPU seconds of the child, when GNU time reports them. */
  cpuSeconds: number | null;
  loadAverage: number;
}

/** The first `count` non-empty lines of the corpus, written to a temporary file. */
function firstArticles(dir: string, count: number): { file: string; bytes: number } {
  const lines = readFileSync(ARTICLES, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, count);
  const file = join(dir, `ant-first-${count}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, bytes: statSync(file).size };
}

function runCli(dir: string, input: string): Measured {
  const rssFile = join(dir, 'rss.txt');
  const hook = join(dir, 'rss-hook.mjs');
  writeFileSync(
    hook,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const cli = ['--import', 'tsx', '--import', hook, join(ROOT, 'src/cli/run.ts'), 'analyze', input];
  const useTime = existsSync(GNU_TIME);
  const [command, args] = useTime ? [GNU_TIME, ['-v', process.execPath, ...cli]] : [process.execPath, cli];
  const loadAverage = loadavg()[0];
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const gnu = run.stderr.match(/Maximum resident set size \(kbytes\): (?<kb>\d+)/)?.groups?.kb;
  const cpu = ['User', 'System'].map(
    (k) => run.stderr.match(new RegExp(`${k} time \\(seconds\\): (?<s>[\\d.]+)`))?.groups?.s,
  );
  const hooked = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : 0;
  return {
    seconds,
    peakRssKb: gnu ? Number(gnu) : hooked,
    status: run.status,
    rejected: (run.stderr.match(/^masar: rejected /gm) ?? []).length,
    stdoutBytes: Buffer.byteLength(run.stdout ?? ''),
    probe: gnu ? 'GNU time -v (maximum resident set size)' : 'process.resourceUsage().maxRSS',
    cpuSeconds: cpu.every((c) => c !== undefined) ? Number(cpu[0]) + Number(cpu[1]) : null,
    loadAverage,
    stderrTail: run.stderr
      .split('\n')
      .filter((l) => l.startsWith('masar'))
      .slice(-3)
      .join('\n'),
  };
}

function section(m: Measured, bytes: number, stages: Record<string, number>): BenchSection {
  const mb = bytes / 1e6;
  const figures = {
    articles: COUNT,
    inputMB: Number(mb.toFixed(2)),
    seconds: Number(m.seconds.toFixed(2)),
    articlesPerSecond: Number((COUNT / m.seconds).toFixed(1)),
    mbPerSecond: Number((mb / m.seconds).toFixed(3)),
    peakRssMB: Number((m.peakRssKb / 1024).toFixed(1)),
    rejected: m.rejected,
    ...(m.cpuSeconds
      ? {
          cpuSeconds: Number(m.cpuSeconds.toFixed(2)),
          articlesPerCpuSecond: Number((COUNT / m.cpuSeconds).toFixed(1)),
        }
      : {}),
    loadAverage: Number(m.loadAverage.toFixed(2)),
  };
  const markdown = [
    `\`masar analyze\` on the first ${COUNT} articles of \`../shared/data/news/ant_v2.1_dev/articles.jsonl\` (one .jsonl file of ${mb.toFixed(2)} MB),`,
    'run as a child process: `node --import tsx src/cli/run.ts analyze <file>` (the CLI from source; wall time includes start-up',
    `and printing the ${(m.stdoutBytes / 1e6).toFixed(1)} MB story). Peak memory from ${m.probe}. Exit status ${m.status}, ${m.rejected} inputs rejected.`,
    '',
    '| articles | MB | seconds | articles/s | MB/s | peak RSS (MB) |',
    '|---|---|---|---|---|---|',
    `| ${COUNT} | ${mb.toFixed(2)} | ${m.seconds.toFixed(1)} | ${figures.articlesPerSecond} | ${figures.mbPerSecond} | ${figures.peakRssMB} |`,
    '',
    `CPU time of the child: ${m.cpuSeconds ? `${m.cpuSeconds.toFixed(1)} s (${figures.articlesPerCpuSecond} articles per CPU second)` : 'not reported'};`,
    `load average when it started: ${m.loadAverage.toFixed(2)} on ${cpus().length} cores (the machine is shared: wall-clock rates fall as the load rises).`,
    '',
    `Where the time goes: the same ${COUNT} articles through each stage in-process (wall clock, no start-up or printing):`,
    '',
    ...stageTable(stages, COUNT),
  ].join('\n');
  return {
    title: 'masar analyze: throughput and peak memory',
    command: 'npm run bench -- analyze',
    markdown,
    figures,
  };
}

export const analyzeBenchmark: Benchmark = {
  name: 'analyze',
  async run() {
    if (!existsSync(ARTICLES)) return null;
    const dir = mkdtempSync(join(tmpdir(), 'masar-bench-'));
    try {
      const { file, bytes } = firstArticles(dir, COUNT);
      const measured = runCli(dir, file);
      if (measured.status !== 0 && measured.status !== 3)
        throw new Error(`masar analyze exited ${measured.status}: ${measured.stderrTail}`);
      return section(measured, bytes, timeStages(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
