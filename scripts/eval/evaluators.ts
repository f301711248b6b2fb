import { entitiesEvaluator } from './entities.js';
import { eventsEvaluator } from './events.js';
import { nerEvaluator } from './ner.js';
import { samplesEvaluator, seedsEvaluator } from './pipeline.js';
import { pilesEvaluator } from './publication-piles.js';
import type { Evaluator } from './section.js';
import { textEvaluator } from './text.js';
import { timeEvaluator } from './time.js';

/** Every evaluator, in the order of docs/evaluation.md. Each area adds its own line. */
export const EVALUATORS: Evaluator[] = [
  seedsEvaluator,
  textEvaluator,
  samplesEvaluator,
  nerEvaluator,
  entitiesEvaluator,
  timeEvaluator,
  pilesEvaluator,
  eventsEvaluator,
];
