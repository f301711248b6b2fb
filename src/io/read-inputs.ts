import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { MasarDoc } from '../types.js';

export const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);

export interface InputProblem {
  source: string;
  reason: string;
}

export function newDoc(source: string, fields: Partial<MasarDoc> = {}): MasarDoc {
  return {
    id: '',
    meta: { source },
    published: { date: null, how: 'unknown', evidence: 'no date stated' },
    data: {},
    messages: [],
    ...fields,
  };
}

/** Every input file below a path: the path itself when a file, files with known endings when a folder. */
export function listInputFiles(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return listInputFiles(full);
      return INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [full] : [];
    });
}

function isoDay(value: unknown): string | undefined {
  return typeof value === 'string' ? value.match(/^\d{4}-\d{2}-\d{2}/)?.[0] : undefined;
}

/** One document per line of a .jsonl file; a bad line is a problem naming the file and line. */
export function readJsonl(path: string, text: string, problems: InputProblem[]): MasarDoc[] {
  const docs: MasarDoc[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path}:${i + 1}`;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line);
    } catch {
      problems.push({ source: where, reason: 'the line is not valid JSON' });
      return;
    }
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      problems.push({ source: where, reason: 'the record has no "text"' });
      return;
    }
    const field = isoDay(record.published)
      ? 'published'
      : isoDay(record.published_iso)
        ? 'published_iso'
        : null;
    const published = field ? isoDay(record[field]) : undefined;
    const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    docs.push(
      newDoc(str(record.url) ?? where, {
        rawText: record.text,
        meta: {
          source: str(record.url) ?? where,
          title: str(record.title),
          url: str(record.url),
          siteName: str(record.source),
          externalId: record.id === undefined ? undefined : String(record.id),
          file: path,
          published,
          publishedHow: published ? 'metadata' : undefined,
          publishedFrom: field ? `the record's ${field} field` : undefined,
        },
      }),
    );
  });
  return docs;
}

/** Reads every input below the given paths; unreadable ones become problems, never exceptions. */
export function readInputs(paths: string[]): { docs: MasarDoc[]; problems: InputProblem[] } {
  const docs: MasarDoc[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = listInputFiles(path);
    } catch (error) {
      problems.push({
        source: path,
        reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error),
      });
      continue;
    }
    for (const file of files) {
      let raw: Buffer;
      try {
        raw = readFileSync(file);
      } catch (error) {
        problems.push({ source: file, reason: `cannot be read: ${(error as Error).message}` });
        continue;
      }
      if (extname(file).toLowerCase() === '.jsonl')
        docs.push(...readJsonl(file, raw.toString('utf8'), problems));
      else docs.push(newDoc(file, { raw, meta: { source: file, file } }));
    }
  }
  return { docs, problems };
}
