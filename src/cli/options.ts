import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { RunOptions } from '../types.js';

export class UsageError extends Error {}

export const READING_OPTIONS = {
  published: { type: 'string' },
  period: { type: 'string' },
  'published-for': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The reading options as the help of analyze, build and timeline explains them (one line each). */
export const READING_HELP = `Options:
  --published YYYY-MM-DD          publication date of every input that states none of its own
  --published-for FILE=YYYY-MM-DD publication date of that one file (repeatable); wins over the rest
  --period YYYY-MM-DD..YYYY-MM-DD the window the articles come from (a prior for undated ones)`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: Date would roll 2018-02-30 over to March, so the round trip must give it back. */
function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function checkDay(value: string, option: string): string {
  if (!DAY.test(value) || !isCalendarDay(value))
    throw new UsageError(`--${option}: "${value}" is not a date of the form YYYY-MM-DD`);
  return value;
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--published-for FILE=YYYY-MM-DD`, repeatable: one input file's publication date. */
function publishedFor(pairs: string[]): Record<string, string> {
  const days: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--published-for: "${pair}" is not of the form FILE=YYYY-MM-DD`);
    days[resolve(pair.slice(0, at))] = checkDay(pair.slice(at + 1), 'published-for');
  }
  return days;
}

export function runOptions(values: {
  published?: unknown;
  period?: unknown;
  'published-for'?: unknown;
}): RunOptions {
  const options: RunOptions = {};
  const pairs = values['published-for'];
  if (Array.isArray(pairs) && pairs.length > 0) options.publishedFor = publishedFor(pairs.map(String));
  if (typeof values.published === 'string') options.published = checkDay(values.published, 'published');
  if (typeof values.period === 'string') {
    const [from, to] = values.period.split('..');
    if (!from || !to)
      throw new UsageError(`--period: "${values.period}" is not of the form YYYY-MM-DD..YYYY-MM-DD`);
    options.period = { from: checkDay(from, 'period'), to: checkDay(to, 'period') };
    if (options.period.from > options.period.to) throw new UsageError('--period: the start is after the end');
  }
  return options;
}

export function requireString(value: unknown, option: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${option} is required`);
  return value;
}

/**
 * The --db of a command that reads a store (timeline, search, serve): it must exist, or a mistyped path
 * would open a new empty store and print an empty result as if the story had no events.
 */
export function existingStore(value: unknown): string {
  const file = requireString(value, 'db');
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat)
    throw new UsageError(`--db: "${file}" does not exist (masar build --db ${file} <path>... makes it)`);
  if (!stat.isFile()) throw new UsageError(`--db: "${file}" is not a file`);
  return file;
}

/** The --db of build: a new file or an existing one, never a folder. */
export function storeToWrite(value: unknown): string {
  const file = requireString(value, 'db');
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`--db: "${file}" is a folder; give the store's file, e.g. ${file}/story.db`);
  return file;
}

export function printHelp(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}
