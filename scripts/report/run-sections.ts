/**
 * Shared by `npm run eval` and `npm run bench`: the section shapes, picking the named runners, running them
 * one after the other (a failure or absent data never stops the others) and printing the summary.
 */
import { cpus, totalmem, type } from 'node:os';

export interface Section {
  title: string;
  command: string;
  markdown: string;
  figures: Record<string, number>;
}

export interface Runner {
  name: string;
  run(): Promise<Section | null>;
}

export interface ReportSpec {
  title: string;
  /** The npm script that regenerates the page, e.g. `npm run eval`. */
  command: string;
  intro: string;
  markdownPath: string;
  jsonPath: string;
}

export interface Outcome {
  name: string;
  status: 'ok' | 'absent' | 'failed';
  seconds: number;
  section?: Section;
  error?: string;
}

export function describeMachine(): string {
  const cpu = cpus();
  const gib = (totalmem() / 2 ** 30).toFixed(1);
  return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${gib} GiB memory, ${type()}, Node ${process.version}`;
}

/** Picks the named runners (all when none are named); an unknown name is a usage error. */
export function selectRunners<T extends Runner>(all: T[], names: string[]): T[] {
  if (names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((r) => r.name === n));
  if (unknown.length > 0) {
    throw new Error(
      `unknown section(s): ${unknown.join(', ')}; known: ${all.map((r) => r.name).join(', ') || 'none'}`,
    );
  }
  return all.filter((r) => names.includes(r.name));
}

export async function runAll(runners: Runner[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const runner of runners) {
    const started = performance.now();
    process.stderr.write(`running ${runner.name} ...\n`);
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const section = await runner.run();
      outcomes.push(
        section
          ? { name: runner.name, status: 'ok', seconds: seconds(), section }
          : { name: runner.name, status: 'absent', seconds: seconds() },
      );
    } catch (error) {
      outcomes.push({
        name: runner.name,
        status: 'failed',
        seconds: seconds(),
        error: (error as Error).stack ?? String(error),
      });
    }
  }
  return outcomes;
}

export function printSummary(outcomes: Outcome[]): void {
  for (const o of outcomes) {
    const head = `${o.name.padEnd(14)} ${o.status.padEnd(7)} ${o.seconds.toFixed(1).padStart(6)} s`;
    const figures = o.section
      ? Object.entries(o.section.figures)
          .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(3)}`)
          .join(' ')
      : '';
    process.stdout.write(`${head}  ${figures}\n`);
    if (o.status === 'absent')
      process.stdout.write(`${''.padEnd(15)}skipped: its data in ../shared is absent\n`);
    if (o.error) process.stderr.write(`${o.name} failed:\n${o.error}\n`);
  }
}
