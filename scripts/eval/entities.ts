/**
 * Evaluator 'entities': entity resolution on the five seed reports, for a human check. No gold: the entity
 * count per type, every entity with more than one variant (the clusters the resolver made), and the people
 * who share a first name (they must be separate entities). Reproduce with `npm run eval -- entities`.
 */
import { analyzePaths } from '../../src/cli/analyze-paths.js';
import { resolveEntities } from '../../src/story/resolve-entities.js';
import type { StoryEntity } from '../../src/story/schema.js';
import { HAS_SHARED, SEEDS } from '../../test/helpers/shared.js';
import type { EvalSection, Evaluator } from './section.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function countsTable(entities: StoryEntity[]): string[] {
  const row = TYPES.map((t) => entities.filter((e) => e.type === t).length);
  return [
    '| PER | ORG | LOC | MISC | all |',
    '|---|---|---|---|---|',
    `| ${row.join(' | ')} | ${entities.length} |`,
  ];
}

function clustersTable(entities: StoryEntity[]): string[] {
  const rows = entities
    .filter((e) => e.variants.length > 1)
    .map(
      (e) =>
        `| ${e.type} | ${cell(e.name)} | ${cell(e.latin)} | ${e.mentions.length} | ${cell(e.variants.join('، '))} |`,
    );
  return ['| type | name | latin | mentions | variants |', '|---|---|---|---|---|', ...rows];
}

/** People whose names start with the same word: listed so a reader sees they stayed apart. */
function sharedFirstNames(entities: StoryEntity[]): string[] {
  const byFirst = new Map<string, StoryEntity[]>();
  for (const e of entities.filter((x) => x.type === 'PER' && x.name.includes(' '))) {
    const first = e.name.split(' ')[0];
    byFirst.set(first, [...(byFirst.get(first) ?? []), e]);
  }
  return [...byFirst]
    .filter(([, list]) => list.length > 1)
    .map(([first, list]) => `- ${first}: ${list.map((e) => `${e.name} (${e.latin})`).join('; ')}`);
}

export const entitiesEvaluator: Evaluator = {
  name: 'entities',
  async run(): Promise<EvalSection | null> {
    if (!HAS_SHARED) return null;
    const entities = resolveEntities(analyzePaths([SEEDS], {}).docs);
    const clusters = entities.filter((e) => e.variants.length > 1).length;
    const markdown = [
      "Entities of the five seed reports after cross-document resolution (mentions from the pipeline's tagger).",
      '',
      '### Entities per type',
      '',
      ...countsTable(entities),
      '',
      '### Entities with more than one variant',
      '',
      ...clustersTable(entities),
      '',
      '### People who share a first name (kept apart)',
      '',
      ...(sharedFirstNames(entities).length ? sharedFirstNames(entities) : ['- none']),
    ].join('\n');
    const figures: Record<string, number> = { entities: entities.length, multiVariant: clusters };
    for (const t of TYPES) figures[t] = entities.filter((e) => e.type === t).length;
    return {
      title: 'Entity resolution on the seeds',
      command: 'npm run eval -- entities',
      markdown,
      figures,
    };
  },
};
