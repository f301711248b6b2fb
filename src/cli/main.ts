import { MasarError } from '../errors/catalogue.js';
import { analyzeCommand } from './commands/analyze.js';
import { buildCommand } from './commands/build.js';
import { nerCommand } from './commands/ner.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { timelineCommand } from './commands/timeline.js';
import { UsageError } from './options.js';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  analyze: analyzeCommand,
  build: buildCommand,
  timeline: timelineCommand,
  search: searchCommand,
  serve: serveCommand,
  ner: nerCommand,
};

export const MAIN_HELP = `masar — reconstruct news stories from Arabic news reports

Usage: masar <command> [options]

Commands:
  analyze <path>...             analyze inputs in memory, print the story as JSON
  build --db <file> <path>...   add inputs to a store (incremental)
  timeline --db <file>          the timeline (--format json|html|csv)
  search --db <file> <query>    Arabic-aware full-text search
  serve --db <file>             the web UI and HTTP API on 127.0.0.1
  ner [--input <file>]          NER on CoNLL tokens

Run 'masar <command> --help' for a command's options.`;

/** `masar search … | head` closes stdout early: that is the reader's choice, not an error. */
let pipeGuarded = false;
function exitQuietlyOnBrokenPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Runs one command; returns the exit status (0 ok, 2 usage, 3 some inputs rejected, 1 anything else). */
export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  const [name, ...args] = argv;
  if (name === undefined) {
    // a usage error: the help goes where errors go, stdout stays empty for a pipe
    process.stderr.write(`masar: no command given\n\n${MAIN_HELP}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${MAIN_HELP}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`masar: unknown command "${name}"\n\n${MAIN_HELP}\n`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`masar ${name}: ${error.message}\nRun 'masar ${name} --help' for usage.\n`);
      return 2;
    }
    const code = error instanceof MasarError ? ` [${error.code}]` : '';
    process.stderr.write(`masar ${name}: error${code}: ${(error as Error).message}\n`);
    return 1;
  }
}
