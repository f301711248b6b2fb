/**
 * Evaluator 'entities': entity resolution on the five seed reports, for a human check. No gold: the entity
 * count per type, every entity with more than one variant (the clusters the resolver made), and the people
 * who share a first name (they must be separate entities); then what the story step's known-name pass adds
 * on the seeds, the samples and ANT dev articles (./entities-known-names.ts). Reproduce with
 * `npm run eval -- entities`.
 */
import { fileURLToPath } from 'node:url';
import { analyzePaths } from '../../src/cli/analyze-paths.js';
import { findKnownMentions } from '../../src/entities/propagate/find-known-mentions.js';
import { resolveEntities } from '../../src/story/resolve-entities.js';
import type { StoryEntity } from '../../src/story/schema.js';
import { HAS_SHARED, SEEDS } from '../../test/helpers/shared.js';
import { knownNameCounts, knownNamesTable } from './entities-known-names.js';
import { phraseCounts, phrasesTable } from './entities-phrases.js';
import type { EvalSection, Evaluator } from './section.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
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
    const docs = analyzePaths([SEEDS], {}).docs;
    findKnownMentions(docs);
    const entities = resolveEntities(docs);
    const known = knownNameCounts(SEEDS, SAMPLES);
    const clusters = entities.filter((e) => e.variants.length > 1).length;
    const markdown = [
      "Entities of the five seed reports after cross-document resolution (mentions from the pipeline's tagger and the known-name pass).",
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
      '',
      '### Mentions the known-name pass adds',
      '',
      'After tagging, the story step finds untagged occurrences of names tagged elsewhere in the story',
      '(src/entities/propagate): added mentions are marked `found: "propagated"`, tagger spans widened to a',
      'known name `found: "extended"`. Each corpus below is run as one story.',
      '',
      ...knownNamesTable(known),
      '',
      '### Phrase rules (src/entities/phrases)',
      '',
      ...phrasesTable(phraseCounts()),
    ].join('\n');
    const figures: Record<string, number> = { entities: entities.length, multiVariant: clusters };
    for (const t of TYPES) figures[t] = entities.filter((e) => e.type === t).length;
    for (const [i, name] of ['seeds', 'samples', 'ant'].entries()) {
      if (!known[i]) continue;
      figures[`${name}Propagated`] = known[i].propagated;
      figures[`${name}Extended`] = known[i].extended;
    }
    return {
      title: 'Entity resolution on the seeds',
      command: 'npm run eval -- entities',
      markdown,
      figures,
    };
  },
};
