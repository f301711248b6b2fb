import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeBytes } from '../text/decode.js';
import type { MasarDoc } from '../types.js';
import { readRecordDate } from './read-record-date.js';

export const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);

export interface InputProblem {
  source: string;
  reason: string;
  /** A problem that loses nothing of the input (it is analyzed): told on stderr, no rejection. */
  warning?: boolean;
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

const DATE_FIELDS = ['published', 'published_iso'] as const;

/**
 * The record's publication day and the field it came from; a field that holds something that is no date
 * read here is a warning (the day is then inferred, as for an undated record), never a silent loss.
 */
function recordDate(record: Record<string, unknown>, where: string, problems: InputProblem[]) {
  for (const field of DATE_FIELDS) {
    const day = readRecordDate(record[field]);
    if (day) return { day, field };
  }
  for (const field of DATE_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null || value === '') continue;
    problems.push({
      source: where,
      reason: `the "${field}" field ${JSON.stringify(value)} is no date masar reads (YYYY-MM-DD or DD/MM/YYYY); the publication date is inferred instead`,
      warning: true,
    });
  }
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One document per line of a .jsonl file; a bad line is a problem naming the file and line. */
export function readJsonl(path: string, text: string, problems: InputProblem[]): MasarDoc[] {
  const docs: MasarDoc[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      problems.push({ source: where, reason: 'the line is not valid JSON' });
      return;
    }
    if (!isRecord(record)) {
      problems.push({ source: where, reason: 'the line is not a JSON object (one article per line)' });
      return;
    }
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      problems.push({ source: where, reason: 'the record has no "text"' });
      return;
    }
    const date = recordDate(record, where, problems);
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
          published: date?.day,
          publishedHow: date ? 'metadata' : undefined,
          publishedFrom: date ? `the record's ${date.field} field` : undefined,
        },
      }),
    );
  });
  return docs;
}

/** A .jsonl file's records, its bytes decoded as any other input (a BOM, UTF-16, an Arabic code page). */
function readJsonlFile(file: string, raw: Buffer, problems: InputProblem[]): MasarDoc[] {
  if (raw.length === 0) return [];
  const decoded = decodeBytes(raw);
  if ('error' in decoded) {
    problems.push({ source: file, reason: decoded.error });
    return [];
  }
  return readJsonl(file, decoded.text.replace(/\r$/gmu, ''), problems);
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
      if (extname(file).toLowerCase() === '.jsonl') docs.push(...readJsonlFile(file, raw, problems));
      else docs.push(newDoc(file, { raw, meta: { source: file, file } }));
    }
  }
  return { docs, problems };
}
