import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/clean/clean-html.js';
import { HAS_SHARED, sharedPath } from '../helpers/shared.js';

const DIR = sharedPath('data', 'boilerplate', 'trafilatura_eval_arabic');

describe.skipIf(!HAS_SHARED)('the Arabic page of the trafilatura evaluation set', () => {
  const gold = Object.values(JSON.parse(readFileSync(`${DIR}/evaldata_entry.json`, 'utf8')))[0] as {
    file: string;
    title: string;
    with: string[];
    without: string[];
  };
  const result = cleanHtml(readFileSync(`${DIR}/${gold.file}`, 'utf8'));
  const clean = 'clean' in result ? result.clean : { text: '', title: '' };

  it('keeps every `with` snippet', () => {
    expect(gold.with.filter((s) => !clean.text.includes(s))).toEqual([]);
  });

  it('drops every `without` snippet', () => {
    expect(gold.without.filter((s) => clean.text.includes(s))).toEqual([]);
  });

  it('finds the gold title (white space collapsed)', () => {
    expect(clean.title).toBe(gold.title.replace(/\s+/gu, ' '));
  });
});
