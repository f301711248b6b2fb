import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/io/read-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'masar-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'وصل الوفد إلى العاصمة صباح اليوم للمشاركة في جولة جديدة من المحادثات.';
const line = (fields: Record<string, unknown>) => JSON.stringify({ text: TEXT, ...fields });

function read(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return readInputs([path]);
}

describe('a .jsonl line that is valid JSON but no object', () => {
  const { docs, problems } = read('not-objects.jsonl', ['null', '[1, 2]', '"نص"', line({})].join('\n'));

  it('rejects each such line by its number, with the reason', () => {
    expect(problems.map((p) => [p.source.split(':').at(-1), p.reason])).toEqual([
      ['1', 'the line is not a JSON object (one article per line)'],
      ['2', 'the line is not a JSON object (one article per line)'],
      ['3', 'the line is not a JSON object (one article per line)'],
    ]);
  });

  it('keeps the good record after them', () => {
    expect(docs.map((d) => d.rawText)).toEqual([TEXT]);
  });
});

describe('a .jsonl file in another encoding than bare UTF-8', () => {
  it('reads a first line after a UTF-8 byte order mark', () => {
    const { docs, problems } = read('bom.jsonl', `\uFEFF${line({ title: 'عنوان' })}\n`);
    expect([problems, docs.map((d) => d.meta.title)]).toEqual([[], ['عنوان']]);
  });

  it('reads a UTF-16 file with its byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${line({})}\n`, 'utf-16le')]);
    expect(read('utf16.jsonl', bytes).docs.map((d) => d.rawText)).toEqual([TEXT]);
  });

  it('reads a windows-1256 file', () => {
    const bytes = iconv.encode(`${line({})}\n${line({})}\n`, 'windows-1256');
    expect(read('cp1256.jsonl', bytes).docs.map((d) => d.rawText)).toEqual([TEXT, TEXT]);
  });

  it('reads lines that end in CRLF', () => {
    expect(read('crlf.jsonl', `${line({})}\r\n${line({})}\r\n`).docs).toHaveLength(2);
  });
});

describe('the publication date a record states', () => {
  const dateOf = (published: unknown) =>
    read('dated.jsonl', `${line({ published })}\n`).docs[0].meta.published;

  it('reads an ISO day', () => expect(dateOf('2013-10-23')).toBe('2013-10-23'));
  it('reads an ISO time with its zone by its day', () =>
    expect(dateOf('2013-10-23T10:00:00+01:00')).toBe('2013-10-23'));
  it('reads a day first with slashes', () => expect(dateOf('23/10/2013')).toBe('2013-10-23'));
  it('reads a one-digit day and month with dots', () => expect(dateOf('5.3.2016')).toBe('2016-03-05'));
  it('reads a year first with slashes', () => expect(dateOf('2016/03/05')).toBe('2016-03-05'));
  it('reads no day that does not exist', () => expect(dateOf('31/02/2016')).toBeUndefined());

  it('takes published_iso when published is in no form read', () => {
    const { docs } = read('two.jsonl', `${line({ published: 'أمس', published_iso: '2017-01-12' })}\n`);
    expect([docs[0].meta.published, docs[0].meta.publishedFrom]).toEqual([
      '2017-01-12',
      "the record's published_iso field",
    ]);
  });

  it('warns, naming the line and the value, when the field holds no date read here', () => {
    const { docs, problems } = read('epoch.jsonl', `${line({ published: 1382522400 })}\n`);
    expect([docs.length, problems]).toEqual([
      1,
      [
        {
          source: `${join(dir, 'epoch.jsonl')}:1`,
          reason:
            'the "published" field 1382522400 is no date masar reads (YYYY-MM-DD or DD/MM/YYYY); the publication date is inferred instead',
          warning: true,
        },
      ],
    ]);
  });
});
