import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPlainText } from '../../src/clean/clean-text.js';
import { HAS_SHARED, SEEDS } from '../helpers/shared.js';

/** Written by hand from reading each seed: its title, every body paragraph, every furniture line. */
interface SeedExpectation {
  file: string;
  title: string;
  body: string[];
  boilerplate: string[];
  /** Lines a reader could file either way (a pull quote, a subheading): not asserted. */
  unjudged?: string[];
}
const EXPECTED: SeedExpectation[] = JSON.parse(
  readFileSync(new URL('./fixtures/seeds-expected.json', import.meta.url), 'utf8'),
);

describe.skipIf(!HAS_SHARED)('plain-text cleaning of the seeds', () => {
  for (const seed of EXPECTED) {
    describe(seed.file, () => {
      const result = cleanPlainText(readFileSync(join(SEEDS, seed.file), 'utf8'));
      const paragraphs = result.text.split('\n\n');

      it('finds the title', () => {
        expect(result.title).toBe(seed.title);
      });

      it('keeps every body paragraph', () => {
        expect(seed.body.filter((p) => !paragraphs.includes(p))).toEqual([]);
      });

      // A short furniture line («وزارة الخارجية الكازاخستانية») may also be words of a body sentence.
      const remains = (line: string) =>
        paragraphs.some((p) => p === line || (line.split(' ').length >= 6 && p.includes(line)));

      it('leaves no boilerplate line in the body', () => {
        expect(seed.boilerplate.filter(remains)).toEqual([]);
      });

      it('keeps the title out of the body', () => {
        expect(paragraphs.filter((p) => p.includes(seed.title))).toEqual([]);
      });
    });
  }
});
