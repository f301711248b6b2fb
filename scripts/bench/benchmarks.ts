import { analyzeBenchmark } from './analyze.js';
import { entitiesBenchmark } from './entities.js';
import { nerBenchmark } from './ner.js';
import type { Benchmark } from './section.js';
import { storeBenchmark } from './store.js';
import { storyBenchmark } from './story.js';
import { textBenchmark } from './text.js';
import { timeBenchmark } from './time.js';

/** Every benchmark, in the order of docs/benchmarks.md. Each area adds its own line. */
export const BENCHMARKS: Benchmark[] = [
  analyzeBenchmark,
  textBenchmark,
  storeBenchmark,
  nerBenchmark,
  entitiesBenchmark,
  storyBenchmark,
  timeBenchmark,
];
