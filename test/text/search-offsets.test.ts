import { describe, expect, it } from 'vitest';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../../src/text/search-offsets.js';

const spans = [{ start: 0 }, { start: 5 }, { start: 9 }];

describe('searches over spans sorted by start', () => {
  it('finds the first span starting at or after an offset, the length past the last', () => {
    expect([0, 1, 5, 6, 10].map((o) => firstStartingAtOrAfter(spans, o))).toEqual([0, 1, 1, 2, 3]);
  });

  it('finds the last span starting at or before an offset, -1 before the first', () => {
    expect([-1, 0, 4, 5, 100].map((o) => lastStartingAtOrBefore(spans, o))).toEqual([-1, 0, 0, 1, 2]);
  });
});
