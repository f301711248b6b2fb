/**
 * `npm run eval [-- name...]`: runs the evaluators of scripts/eval/evaluators.ts (all, or the named ones),
 * writes docs/evaluation.md and out/eval.json, prints a summary. A section whose data in ../shared is
 * absent prints a message and writes nothing.
 */
import { fileURLToPath } from 'node:url';
import { printSummary, runAll, selectRunners } from '../report/run-sections.js';
import { writeReport } from '../report/write-report.js';
import { EVALUATORS } from './evaluators.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const INTRO = `Quality figures of masar on data it was never tuned on (../shared, never copied into the repository).
Each section names the command that reproduces it; later issues raise these figures.`;

async function main(names: string[]): Promise<number> {
  let runners: typeof EVALUATORS;
  try {
    runners = selectRunners(EVALUATORS, names);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return 2;
  }
  const outcomes = await runAll(runners);
  const spec = {
    title: 'masar — evaluation',
    command: 'npm run eval',
    intro: INTRO,
    markdownPath: `${ROOT}docs/evaluation.md`,
    jsonPath: `${ROOT}out/eval.json`,
  };
  writeReport(
    spec,
    EVALUATORS.map((r) => r.name),
    outcomes,
  );
  printSummary(outcomes);
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
