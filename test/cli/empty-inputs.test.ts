import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMasar } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

describe('an input that holds no article', () => {
  it.each([
    ['an empty .jsonl', (dir: string) => writeFileSync(join(dir, 'x.jsonl'), ''), 'x.jsonl'],
    ['a .jsonl of blank lines', (dir: string) => writeFileSync(join(dir, 'x.jsonl'), '\n\n'), 'x.jsonl'],
    ['a folder without inputs', (dir: string) => mkdirSync(join(dir, 'notes')), 'notes'],
  ])('%s is named on stderr as rejected (exit 3)', (_what, make, name) => {
    const dir = makeTempDir('masar-noart-');
    make(dir);
    const run = runMasar(['analyze', join(dir, name)]);
    expect([run.status, run.stderr]).toEqual([
      3,
      `masar: rejected ${join(dir, name)}: no article in it (an empty file, or no .txt, .html or .jsonl file)\n`,
    ]);
  });
});
