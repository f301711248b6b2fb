import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors/catalogue.js';

const DOC = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
const documented = [...DOC.matchAll(/^### `(?<code>[A-Z_]+)`$/gm)].map((m) => m.groups!.code);

describe('docs/errors.md', () => {
  it.each(Object.keys(ERROR_CODES))('documents the error code %s', (code) => {
    expect(documented).toContain(code);
  });

  it('documents no code that the catalogue lacks', () => {
    expect(documented.filter((code) => !(code in ERROR_CODES))).toEqual([]);
  });

  it.each(['0', '1', '2', '3'])('documents exit status %s', (status) => {
    expect(DOC).toMatch(new RegExp(`^\\| ${status} \\|`, 'm'));
  });
});
