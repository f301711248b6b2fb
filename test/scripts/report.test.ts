import { describe, expect, it } from 'vitest';
import { type Outcome, selectRunners } from '../../scripts/report/run-sections.js';
import { mergeSections, renderMarkdown, type Written } from '../../scripts/report/write-report.js';

const runner = (name: string) => ({ name, run: async () => null });
const section = (title: string) => ({
  title,
  command: `npm run eval -- ${title}`,
  markdown: `body of ${title}`,
  figures: { f1: 0.5 },
});
const ok = (name: string): Outcome => ({ name, status: 'ok', seconds: 1, section: section(name) });
const previous = (name: string): Written => ({ name, seconds: 2, date: '2020-01-01', ...section(name) });
const DAY = new Date('2026-01-02T00:00:00Z');
const SPEC = {
  title: 'masar — evaluation',
  command: 'npm run eval',
  intro: 'intro',
  markdownPath: '',
  jsonPath: '',
};

describe('selectRunners', () => {
  it('runs every runner when none is named', () => {
    expect(selectRunners([runner('a'), runner('b')], []).map((r) => r.name)).toEqual(['a', 'b']);
  });

  it('runs only the named runners', () => {
    expect(selectRunners([runner('a'), runner('b')], ['b']).map((r) => r.name)).toEqual(['b']);
  });

  it('refuses a name no runner has', () => {
    expect(() => selectRunners([runner('a')], ['zzz'])).toThrow(/zzz/);
  });
});

describe('mergeSections', () => {
  it('keeps the previous figures of a runner not run this time', () => {
    const merged = mergeSections(['a', 'b'], [ok('a')], [previous('b')], DAY);
    expect(merged.map((s) => [s.name, s.date])).toEqual([
      ['a', '2026-01-02'],
      ['b', '2020-01-01'],
    ]);
  });

  it('drops the previous figures of a runner whose data is now absent', () => {
    const merged = mergeSections(
      ['a', 'b'],
      [ok('a'), { name: 'b', status: 'absent', seconds: 0 }],
      [previous('b')],
      DAY,
    );
    expect(merged.map((s) => s.name)).toEqual(['a']);
  });

  it('orders the sections as the registry does', () => {
    expect(mergeSections(['b', 'a'], [ok('a'), ok('b')], [], DAY).map((s) => s.name)).toEqual(['b', 'a']);
  });
});

describe('renderMarkdown', () => {
  const sections = mergeSections(['a'], [ok('a')], [], DAY);
  const page = renderMarkdown(SPEC, sections, [ok('a'), { name: 'z', status: 'absent', seconds: 0 }], DAY);

  it('gives each section its reproducing command', () => {
    expect(page).toContain('Command: `npm run eval -- a`');
  });

  it('lists the sections that were not produced, with the reason', () => {
    expect(page).toContain('- `z`: its data in ../shared is absent');
  });
});
