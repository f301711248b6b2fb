import { samplesEvaluator, seedsEvaluator } from './pipeline.js';
import type { Evaluator } from './section.js';

/** Every evaluator, in the order of docs/evaluation.md. Each area adds its own line. */
export const EVALUATORS: Evaluator[] = [
  seedsEvaluator,
  samplesEvaluator,
];
