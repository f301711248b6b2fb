import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { StorySchema } from '../../src/story/schema.js';
import { runMasar } from '../helpers/cli.js';

const GOOD_SENTENCE =
  'وقال المبعوث الأممي إن الطرفين اتفقا على مواصلة المشاورات في الأسبوع المقبل من أجل التوصل إلى تسوية.';
const CP1256_SENTENCE =
  'وأعلنت وزارة الخارجية أن الوفد سيصل إلى العاصمة صباح يوم الأحد للمشاركة في جولة جديدة من المحادثات.';

/** A folder with two good inputs (one UTF-8, one windows-1256) and three bad ones. */
function makeInputs() {
  const dir = mkdtempSync(join(tmpdir(), 'masar-bad-inputs-'));
  mkdirSync(join(dir, 'in'));
  const at = (name: string) => join(dir, 'in', name);
  writeFileSync(at('good.txt'), `مشاورات جديدة\n\n${GOOD_SENTENCE}\n`);
  writeFileSync(
    at('arabic-1256.txt'),
    iconv.encode(`جولة جديدة من المحادثات\n\n${CP1256_SENTENCE}\n`, 'windows-1256'),
  );
  writeFileSync(at('empty.txt'), '');
  writeFileSync(
    at('binary.txt'),
    Buffer.from([
      0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x10, 0x7f, 0x00, 0x05, 0x06, 0x00, 0x00, 0x11, 0x12,
    ]),
  );
  writeFileSync(
    at('no-body.html'),
    '<!DOCTYPE html><html lang="ar"><head><title>صفحة بلا متن</title></head></html>',
  );
  return { dir, at, missing: join(dir, 'does-not-exist.txt') };
}

const inputs = makeInputs();
const run = runMasar(['analyze', join(inputs.dir, 'in'), inputs.missing]);
const story = run.stdout ? StorySchema.parse(JSON.parse(run.stdout)) : null;
const rejectedLine = (path: string) =>
  run.stderr.split('\n').find((l) => l.startsWith(`masar: rejected ${path}: `));

afterAll(() => rmSync(inputs.dir, { recursive: true, force: true }));

describe('masar analyze on good and bad inputs together', () => {
  it('exits 3', () => {
    expect(run.status).toBe(3);
  });

  it('prints a story holding exactly the two good inputs', () => {
    expect(story?.documents.map((d) => d.source).sort()).toEqual([
      inputs.at('arabic-1256.txt'),
      inputs.at('good.txt'),
    ]);
  });

  it('keeps the UTF-8 sentence in the output', () => {
    expect(story?.documents.some((d) => d.text.includes(GOOD_SENTENCE))).toBe(true);
  });

  it('decodes the windows-1256 file: its Arabic sentence is in the output', () => {
    expect(story?.documents.some((d) => d.text.includes(CP1256_SENTENCE))).toBe(true);
  });

  it('names the missing path on stderr with its reason', () => {
    expect(rejectedLine(inputs.missing)).toMatch(/no such file/);
  });

  it('names the empty file on stderr with its reason', () => {
    expect(rejectedLine(inputs.at('empty.txt'))).toMatch(/no text|empty/);
  });

  it('names the binary file on stderr with its reason', () => {
    expect(rejectedLine(inputs.at('binary.txt'))).toMatch(/binary|not text/);
  });

  it('names the HTML page with no body on stderr with its reason', () => {
    expect(rejectedLine(inputs.at('no-body.html'))).toMatch(/body/);
  });

  it('names no good input on stderr', () => {
    expect(run.stderr).not.toContain('good.txt');
    expect(run.stderr).not.toContain('arabic-1256.txt');
  });
});

describe('masar build on good and bad inputs together', () => {
  const db = join(inputs.dir, 'store.db');
  const build = runMasar(['build', '--db', db, join(inputs.dir, 'in'), inputs.missing]);

  it('exits 3 and names each bad input on stderr', () => {
    expect(build.status).toBe(3);
    for (const bad of [
      inputs.missing,
      inputs.at('empty.txt'),
      inputs.at('binary.txt'),
      inputs.at('no-body.html'),
    ])
      expect(build.stderr).toContain(`masar: rejected ${bad}: `);
  });

  it('stores the good inputs: search finds the windows-1256 sentence', () => {
    const search = runMasar(['search', '--db', db, '--json', 'المحادثات']);
    expect(search.status).toBe(0);
    expect(search.stdout).toContain('arabic-1256.txt');
  });
});
