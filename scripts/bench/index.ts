/**
 * `npm run bench [-- name...]`: runs the benchmarks of scripts/bench/benchmarks.ts (all, or the named ones),
 * writes docs/benchmarks.md and out/bench.json, prints a summary. A section whose data in ../shared is
 * absent prints a message and writes nothing.
 */
import { fileURLToPath } from 'node:url';
import { printSummary, runAll, selectRunners } from '../report/run-sections.js';
import { writeReport } from '../report/write-report.js';
import { BENCHMARKS } from './benchmarks.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const INTRO = `Speed and memory of masar on real articles from ../shared (never copied into the repository).
Figures depend on the machine below and on its load at the time (it is shared); compare runs on one machine.`;

async function main(names: string[]): Promise<number> {
  let runners: typeof BENCHMARKS;
  try {
    runners = selectRunners(BENCHMARKS, names);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 2;
  }
  const outcomes = await runAll(runners);
  const spec = {
    title: 'masar — benchmarks',
    command: 'npm run bench',
    intro: INTRO,
    markdownPath: `${ROOT}docs/benchmarks.md`,
    jsonPath: `${ROOT}out/bench.json`,
  };
  writeReport(
    spec,
    BENCHMARKS.map((r) => r.name),
    outcomes,
  );
  printSummary(outcomes);
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
