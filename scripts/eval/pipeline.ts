/**
 * Evaluators 'seeds' and 'samples': the whole pipeline on a small real story, summarized for a reader who
 * checks it by hand: the documents and their publication dates, the counts, the entities most mentioned and
 * the timeline. No gold here: these sections show what `masar analyze` makes of the story.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePaths } from '../../src/cli/analyze-paths.js';
import { buildStory } from '../../src/story/build-story.js';
import { type Story, StorySchema } from '../../src/story/schema.js';
import { SEEDS } from '../../test/helpers/shared.js';
import type { EvalSection, Evaluator } from './section.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function documentsTable(story: Story): string[] {
  const rows = story.documents.map((d) => {
    const { date, how, range, evidence } = d.published;
    const when = date ?? (range ? `${range.from}..${range.to}` : '—');
    const dup = d.duplicateOf ? ' (duplicate)' : '';
    return `| ${cell(basename(d.source))}${dup} | ${cell(clip(d.title, 60))} | ${when} | ${how} | ${cell(clip(evidence, 80))} |`;
  });
  return ['| source | title | published | how | evidence |', '|---|---|---|---|---|', ...rows];
}

function entitiesTable(story: Story, top: number): string[] {
  const rows = [...story.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, top)
    .map(
      (e) =>
        `| ${e.type} | ${cell(e.name)} | ${cell(e.latin)} | ${e.mentions.length} | ${cell(clip(e.variants.join('، '), 80))} |`,
    );
  return ['| type | name | latin | mentions | variants |', '|---|---|---|---|---|', ...rows];
}

function timelineLines(story: Story): string[] {
  const events = [...story.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
  const rows = events.map((e) => {
    const date = e.date.end ? `${e.date.start}..${e.date.end}` : e.date.start;
    const docs = new Set(e.mentions.map((m) => m.doc)).size;
    return `| ${date} | ${e.type} | ${cell(clip(e.label, 70))} | ${cell(clip(e.labelLatin, 60))} | ${docs} |`;
  });
  if (rows.length === 0) return ['(no events)'];
  return ['| date | type | label | latin | reports |', '|---|---|---|---|---|', ...rows];
}

export function figuresOf(story: Story): Record<string, number> {
  const dated = story.documents.filter((d) => d.published.date !== null).length;
  return {
    documents: story.documents.length,
    documentsDated: dated,
    entities: story.entities.length,
    timexes: story.timexes.length,
    events: story.events.length,
  };
}

export function summarize(title: string, command: string, story: Story, note: string): EvalSection {
  const f = figuresOf(story);
  const markdown = [
    note,
    '',
    `${f.documents} documents (${f.documentsDated} with a publication date), ${f.entities} entities, ${f.timexes} time expressions, ${f.events} events.`,
    '',
    '### Documents',
    '',
    ...documentsTable(story),
    '',
    '### Entities (most mentioned first, at most 15)',
    '',
    ...entitiesTable(story, 15),
    '',
    '### Timeline',
    '',
    ...timelineLines(story),
  ].join('\n');
  return { title, command, markdown, figures: f };
}

export function analyzeStory(path: string): Story {
  const { docs } = analyzePaths([path], {});
  return StorySchema.parse(buildStory(docs, {}));
}

export const seedsEvaluator: Evaluator = {
  name: 'seeds',
  async run() {
    if (!existsSync(SEEDS)) return null;
    const note =
      'The five seed reports of ../shared/seeds (plain text as scraped, boilerplate and all, no publication date). Equivalent: `npx masar analyze ../shared/seeds`.';
    return summarize("The seeds' story", 'npm run eval -- seeds', analyzeStory(SEEDS), note);
  },
};

export const samplesEvaluator: Evaluator = {
  name: 'samples',
  async run() {
    const note =
      'The bundled samples/ (Yemen talks in Sweden, 2018); the timeline a careful reader draws is in samples/README.md. Equivalent: `npx masar analyze samples`.';
    return summarize("The samples' story", 'npm run eval -- samples', analyzeStory(SAMPLES), note);
  },
};
