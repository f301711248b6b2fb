import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../src/time/ar/index.js';
import { guardFirstChar } from '../../src/time/guard-first-char.js';
import { makeMatchText } from '../../src/time/match-text.js';
import { HAS_SHARED, SEEDS } from '../helpers/shared.js';

const guardOf = (re: RegExp) => {
  const source = guardFirstChar(re).source;
  return source === re.source ? null : source.slice(0, source.indexOf('])') + 2);
};

describe('guardFirstChar', () => {
  it('admits the first letters of every alternative', () => {
    expect(guardOf(/(?:اب|ج)د/gu)).toBe('(?=[اج])');
  });

  it('reads past optional parts to the next one', () => {
    expect(guardOf(/(?:يوم\s+)?(?:ال)?\d+/gu)).toBe('(?=[يا\\d])');
  });

  it('skips a lookbehind: it takes no character', () => {
    expect(guardOf(/(?<=(?:^|[^\p{L}])[وف]?)امس/gu)).toBe('(?=[ا])');
  });

  it('gives no guard to a pattern that can match nothing', () => {
    expect(guardOf(/(?:امس)?/gu)).toBeNull();
  });

  it('gives no guard when a first part is a negated class', () => {
    expect(guardOf(/[^ا]ب/gu)).toBeNull();
  });

  it('gives no guard when a first part is any character', () => {
    expect(guardOf(/.ب/gu)).toBeNull();
  });

  it('keeps the flags and the groups', () => {
    const guarded = guardFirstChar(/(?<w>امس)|(?<d>\d+)/gu);
    expect(guarded.flags).toBe('gu');
    expect([...'امس و 12'.matchAll(guarded)].map((m) => m.groups)).toEqual([
      { w: 'امس', d: undefined },
      { w: undefined, d: '12' },
    ]);
  });
});

/** Every match of every parser, as its place, text and groups. */
const matchesOf = (pattern: RegExp, texts: string[]) =>
  texts.flatMap((t) => [...t.matchAll(pattern)].map((m) => [m.index, m[0], m.groups]));

const SAMPLES = new URL('../../samples/', import.meta.url).pathname;
const sampleTexts = () =>
  readdirSync(SAMPLES)
    .filter((f) => /\.(?:txt|html|jsonl)$/u.test(f))
    .map((f) => makeMatchText(readFileSync(join(SAMPLES, f), 'utf8')).text);

describe('the time parsers guarded (parity)', () => {
  it('find the same matches on the samples', () => {
    const texts = sampleTexts();
    for (const parser of PARSERS)
      expect(matchesOf(guardFirstChar(parser.pattern), texts)).toEqual(matchesOf(parser.pattern, texts));
  });

  it.skipIf(!HAS_SHARED)('find the same matches on the seeds', () => {
    const texts = readdirSync(SEEDS).map((f) => makeMatchText(readFileSync(join(SEEDS, f), 'utf8')).text);
    for (const parser of PARSERS)
      expect(matchesOf(guardFirstChar(parser.pattern), texts)).toEqual(matchesOf(parser.pattern, texts));
  });

  it('guard every parser of the current set (else the speed-up is lost)', () => {
    expect(PARSERS.filter((p) => guardFirstChar(p.pattern) === p.pattern).map((p) => p.tag)).toEqual([]);
  });
});
