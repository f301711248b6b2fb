import { type InputProblem, readInputs } from '../io/read-inputs.js';
import { runBatch } from '../pipeline/index.js';
import type { MasarDoc, RunOptions } from '../types.js';

/** Reads and analyzes every input; returns the analyzed documents and every input that was rejected. */
export function analyzePaths(
  paths: string[],
  options: RunOptions,
  onProgress?: (done: number, total: number) => void,
) {
  const { docs, problems } = readInputs(paths);
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

export function reportRejected(rejected: InputProblem[]): number {
  for (const r of rejected) process.stderr.write(`masar: rejected ${r.source}: ${r.reason}\n`);
  return rejected.length > 0 ? 3 : 0;
}
