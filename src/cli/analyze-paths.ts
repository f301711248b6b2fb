import { type InputProblem, readInputs } from '../io/read-inputs.js';
import { runBatch } from '../pipeline/index.js';
import type { MasarDoc, RunOptions } from '../types.js';

/**
 * readInputs, one path at a time: a path that yields no article and no rejected input (an empty .jsonl, a
 * folder without .txt, .html or .jsonl files) is rejected with that reason instead of passing in silence.
 */
export function readEachInput(paths: string[]): { docs: MasarDoc[]; problems: InputProblem[] } {
  const docs: MasarDoc[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    const read = readInputs([path]);
    docs.push(...read.docs);
    problems.push(...read.problems);
    if (read.docs.length === 0 && read.problems.every((p) => p.warning))
      problems.push({
        source: path,
        reason: 'no article in it (an empty file, or no .txt, .html or .jsonl file)',
      });
  }
  return { docs, problems };
}

/** Reads and analyzes every input; returns the analyzed documents and every input that was rejected. */
export function analyzePaths(
  paths: string[],
  options: RunOptions,
  onProgress?: (done: number, total: number) => void,
) {
  const { docs, problems } = readEachInput(paths);
  const analyzed: MasarDoc[] = [];
  const rejected: InputProblem[] = [...problems];
  let done = 0;
  runBatch(docs, options, (doc) => {
    if (doc.rejected) rejected.push({ source: doc.meta.source, reason: doc.rejected });
    else analyzed.push(doc);
    onProgress?.(++done, docs.length);
  });
  return { docs: analyzed, rejected };
}

/** Names each rejected input on stderr, and each warning; exit status 3 when any input was rejected. */
export function reportRejected(problems: InputProblem[]): number {
  for (const p of problems)
    process.stderr.write(`masar: ${p.warning ? 'warning' : 'rejected'} ${p.source}: ${p.reason}\n`);
  return problems.some((p) => !p.warning) ? 3 : 0;
}
