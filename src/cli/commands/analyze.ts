import { buildStory } from '../../story/build-story.js';
import { analyzePaths, reportRejected } from '../analyze-paths.js';
import { parse, printHelp, READING_HELP, READING_OPTIONS, runOptions, UsageError } from '../options.js';
import { progress } from '../progress.js';
import { tellUndated } from '../undated-note.js';

export const ANALYZE_HELP = `Usage: masar analyze [--published YYYY-MM-DD] [--period FROM..TO] <path>...

Reads .txt, .html and .jsonl files (and folders of them), runs the whole pipeline in memory and prints one
story as JSON on stdout. Rejected inputs are named on stderr; the rest are analyzed (exit status 3). A
progress bar is drawn on stderr when it is a terminal.

${READING_HELP}`;

export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, READING_OPTIONS);
  if (values.help) return printHelp(ANALYZE_HELP);
  if (positionals.length === 0) throw new UsageError('analyze needs at least one path');
  const options = runOptions(values);
  let bar: ReturnType<typeof progress> | undefined;
  const { docs, rejected } = analyzePaths(positionals, options, (done, total) => {
    bar ??= progress('analyzing', total);
    bar.tick();
    if (done === total) bar.done();
  });
  if (process.stderr.isTTY && docs.length > 0) process.stderr.write('building the story…\n');
  const story = buildStory(docs, options);
  process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
  tellUndated(story, options.period !== undefined);
  return reportRejected(rejected);
}
