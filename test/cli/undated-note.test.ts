/** What a reader is told when reports have no publication day: on a terminal, in the HTML timeline, by the API. */
import { describe, expect, it } from 'vitest';
import { undatedNote } from '../../src/cli/undated-note.js';
import { timelineWithNames } from '../../src/server/timeline-names.js';
import type { Story } from '../../src/story/schema.js';
import { renderTimelineHtml } from '../../src/story/timeline-html.js';

type Doc = Story['documents'][number];
const doc = (id: string, published: Doc['published']): Doc => ({
  id,
  source: `${id}.txt`,
  title: id,
  text: '',
  published,
});
const DATED = doc('a', { date: '2018-06-13', how: 'given', evidence: '' });
const RANGED = doc('b', {
  date: null,
  how: 'inferred',
  range: { from: '2018-01-01', to: '2018-12-31' },
  evidence: 'within the period',
});
const UNKNOWN = doc('c', { date: null, how: 'unknown', evidence: 'no date stated' });
const story = (documents: Doc[]): Story => ({ version: 1, documents, entities: [], timexes: [], events: [] });

describe('undatedNote (stderr of analyze and build on a terminal)', () => {
  it('counts the reports without a day among all, and those with a range', () => {
    expect(undatedNote(story([DATED, RANGED, UNKNOWN]))).toContain(
      'masar: 2 of 3 reports have no publication day (1 with only a range of days)',
    );
  });

  it('names the options that give a day, --period among them when none was given', () => {
    expect(undatedNote(story([UNKNOWN]))).toContain(
      '--published-for FILE=YYYY-MM-DD, --published YYYY-MM-DD or --period',
    );
  });

  it('does not offer --period again when one was given', () => {
    expect(undatedNote(story([RANGED]), true)).not.toContain('--period');
  });

  it('says nothing when every report has its day', () => {
    expect(undatedNote(story([DATED]))).toBeNull();
  });
});

describe('the HTML timeline of reports without a day', () => {
  it('says under the count how many have none, in Arabic and English', () => {
    const html = renderTimelineHtml(story([DATED, RANGED, UNKNOWN]));
    expect(html).toMatch(/<p class="undated">لا يُعرف يوم نشر 2 من 3 تقارير: /);
    expect(html).toContain('2 of 3 reports have no publication day');
  });

  it('puts the option inside the English left-to-right line that asks for it', () => {
    const html = renderTimelineHtml(story([DATED, RANGED, UNKNOWN]));
    expect(html).toMatch(
      /<span class="note-en" lang="en" dir="ltr">[^<]*<code>--published-for FILE=YYYY-MM-DD<\/code><\/span>/,
    );
  });

  it('has no such note when every report has its day', () => {
    expect(renderTimelineHtml(story([DATED]))).not.toContain('class="undated"');
  });

  it('counts its events and reports in English beside the Arabic', () => {
    expect(renderTimelineHtml(story([DATED]))).toContain(
      '<span lang="en" dir="ltr">0 events from 1 report</span>',
    );
  });
});

describe('GET /api/timeline', () => {
  it('counts the documents without a publication day', () => {
    expect(timelineWithNames(story([DATED, RANGED, UNKNOWN])).undatedCount).toBe(2);
  });
});
