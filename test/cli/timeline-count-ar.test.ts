import { describe, expect, it } from 'vitest';
import { countAr } from '../../src/story/timeline-html.js';

const EVENTS: [string, string, string, string, string] = ['حدث واحد', 'حدثان', 'أحداث', 'حدثًا', 'حدث'];

describe('countAr: the count line of the HTML timeline in Arabic number agreement', () => {
  it.each([
    [1, 'حدث واحد'],
    [2, 'حدثان'],
    [3, '3 أحداث'],
    [10, '10 أحداث'],
    [11, '11 حدثًا'],
    [99, '99 حدثًا'],
    [100, '100 حدث'],
    [102, '102 حدث'],
    [103, '103 أحداث'],
    [298, '298 حدثًا'],
    [1000, '1000 حدث'],
  ])('%i → %s', (n, expected) => {
    expect(countAr(n, EVENTS)).toBe(expected);
  });
});
