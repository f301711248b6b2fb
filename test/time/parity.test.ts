import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTimeTable, TABLE_PATH } from '../../scripts/gen-time-table.js';
import { GREGORIAN_REGIONS } from '../../src/time/ar/constants/index.js';
import { MONTHS_HIJRI } from '../../src/time/ar/constants/months-hijri.js';
import { ORDINAL_DAYS } from '../../src/time/ar/constants/ordinal-days.js';
import { WEEKDAYS } from '../../src/time/ar/constants/weekdays.js';
import { tagTime } from '../../src/time/index.js';

const TWELVE = Array.from({ length: 12 }, (_, i) => i + 1);

describe('parity: dictionaries against the calendar', () => {
  for (const [region, months] of Object.entries({ ...GREGORIAN_REGIONS, hijri: MONTHS_HIJRI })) {
    it(`${region} names every month 1–12 and nothing else`, () =>
      expect([...new Set(Object.values(months))].sort((a, b) => a - b)).toEqual(TWELVE));
  }
  it('ordinal day words cover days 1–31', () =>
    expect([...new Set(Object.values(ORDINAL_DAYS))].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 31 }, (_, i) => i + 1),
    ));
  it('weekdays cover 0–6', () =>
    expect([...new Set(Object.values(WEEKDAYS))].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]));
  for (const [region, months] of Object.entries(GREGORIAN_REGIONS)) {
    it(`every ${region} name is read back as its month in «1 <name> 2017»`, () => {
      for (const [name, month] of Object.entries(months))
        expect(tagTime(`1 ${name} 2017`, null)[0]?.value, name).toBe(
          `2017-${String(month).padStart(2, '0')}-01`,
        );
    });
  }
});

describe('parity: docs/time-expressions.md', () => {
  it('is what scripts/gen-time-table.ts generates from the code (run it after changing a dictionary)', () =>
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(renderTimeTable()));
});
