/**
 * Evaluator 'piles': publication dates inferred on piles of reports of one story, as a user hands them over:
 * up to 60 consecutive ANT v2.1 dev articles whose title names one place, dates and URLs removed, run through the
 * whole pipeline and the story step (so that events shared between reports count, unlike the one-article
 * rows of 'time'), with the period 2018 and with none. Answers judged against the local day of published_iso.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readJsonl } from '../../src/io/read-inputs.js';
import { runBatch } from '../../src/pipeline/index.js';
import { buildStory } from '../../src/story/build-story.js';
import type { RunOptions } from '../../src/types.js';
import type { EvalSection, Evaluator } from './section.js';
import { newTally, type RangeTally, rangeFigures, rangesMarkdown, tallyAnswer } from './time-ranges.js';

const ANT = join(import.meta.dirname, '../../../shared/data/news/ant_v2.1_dev/articles.jsonl');
const PERIOD = { from: '2018-01-01', to: '2018-12-31' };
/** Stories by a place their titles name (the largest stories of ANT v2.1 dev), and the size of a pile. */
const STORIES = ['إدلب', 'الغوطة', 'عفرين', 'درعا', 'خاشقجي'];
const PILE = 60;

interface Row {
  title?: string;
  text?: string;
  url?: string;
  published_iso: string;
}

/** The first PILE articles (by publication) whose title names the place, one per address. */
export function pileOf(rows: Row[], place: string): Row[] {
  const seen = new Set<string>();
  return rows
    .filter((r) => r.title?.includes(place) && !seen.has(r.url ?? '') && seen.add(r.url ?? ''))
    .sort((a, b) => a.published_iso.localeCompare(b.published_iso))
    .slice(0, PILE);
}

const dayOf = (r: Row) => r.published_iso.slice(0, 10);

/**
 * One pile through the pipeline: ids are neutral (ANT ids hold the date), no url, no date; with `halfGiven`,
 * every other article keeps its day (a user's pile with some dates) and only the others are judged.
 */
function judgePile(pile: Row[], options: RunOptions, tally: RangeTally, halfGiven = false): void {
  const given = (i: number) => halfGiven && i % 2 === 0;
  const lines = pile.map((r, i) =>
    JSON.stringify({
      id: `pile-${i}`,
      title: r.title,
      text: r.text,
      ...(given(i) ? { published: dayOf(r) } : {}),
    }),
  );
  const docs = runBatch(readJsonl('pile.jsonl', lines.join('\n'), []), options);
  buildStory(docs, options);
  docs.forEach((doc, i) => {
    if (!given(i)) tallyAnswer(tally, doc.published, dayOf(pile[i]));
  });
}

export const pilesEvaluator: Evaluator = {
  name: 'piles',
  async run(): Promise<EvalSection | null> {
    if (!existsSync(ANT)) return null;
    const rows: Row[] = readFileSync(ANT, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const withPeriod = newTally();
    const without = newTally();
    const half = newTally();
    const sizes: number[] = [];
    for (const place of STORIES) {
      const pile = pileOf(rows, place);
      sizes.push(pile.length);
      judgePile(pile, { period: PERIOD }, withPeriod);
      judgePile(pile, {}, without);
      judgePile(pile, {}, half, true);
    }
    return {
      title: 'Publication dates on piles of one story',
      command: 'npm run eval -- piles',
      markdown: [
        `${STORIES.length} piles of ANT v2.1 dev articles, each the first ${PILE} by date (or all) whose title names ` +
          `${STORIES.map((s, i) => `«${s}» (${sizes[i]})`).join(', ')}: dates and URLs removed, whole pipeline and story step.`,
        '',
        rangesMarkdown(`Piles, period ${PERIOD.from}..${PERIOD.to}`, withPeriod),
        rangesMarkdown('Piles, no period', without),
        rangesMarkdown('Piles with every other article dated, no period (the undated half judged)', half),
      ].join('\n'),
      figures: {
        ...rangeFigures('piles', withPeriod),
        ...rangeFigures('pilesNoPeriod', without),
        ...rangeFigures('pilesHalfDated', half),
      },
    };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  pilesEvaluator
    .run()
    .then((section) =>
      console.log(
        section ? `${section.markdown}\n${JSON.stringify(section.figures, null, 1)}` : 'no shared data',
      ),
    );
}
