/**
 * Where `masar analyze` spends its time: each per-document stage and the story step, timed in-process over
 * a file of articles. Part of the 'analyze' benchmark (scripts/bench/analyze.ts).
 */
import { readInputs } from '../../src/io/read-inputs.js';
import { STAGES } from '../../src/pipeline/index.js';
import { buildStory } from '../../src/story/build-story.js';

export function timeStages(file: string): Record<string, number> {
  const { docs } = readInputs([file]);
  const ms: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s.name, 0]));
  for (const doc of docs) {
    for (const stage of STAGES) {
      if (doc.rejected) break;
      const started = performance.now();
      stage.run(doc, { options: {} });
      ms[stage.name] += performance.now() - started;
    }
  }
  const started = performance.now();
  buildStory(docs, {});
  ms.story = performance.now() - started;
  return ms;
}

export function stageTable(ms: Record<string, number>, articles: number): string[] {
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  const rows = Object.entries(ms).map(
    ([name, t]) =>
      `| ${name} | ${(t / 1000).toFixed(2)} | ${((100 * t) / total).toFixed(0)}% | ${((t / articles) * 1000).toFixed(0)} |`,
  );
  return ['| stage | seconds | share | µs per article |', '|---|---|---|---|', ...rows];
}
