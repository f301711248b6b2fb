/** The HTML timeline of a story of several months opens with an index of them (anchors, no script). */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/story/schema.js';
import { renderTimelineHtml } from '../../src/story/timeline-html.js';

const event = (id: string, start: string): Story['events'][number] => ({
  id,
  type: 'talks',
  label: 'محادثات',
  labelLatin: 'Talks',
  date: { start },
  participants: [],
  mentions: [{ doc: 'd1', start: 0, end: 3, sentence: 'جملة' }],
});

const story = (starts: string[]): Story => ({
  version: 1,
  documents: [
    {
      id: 'd1',
      source: 'a.txt',
      title: 't',
      text: '',
      published: { date: '2018-03-01', how: 'given', evidence: '' },
    },
  ],
  entities: [],
  timexes: [],
  events: starts.map((s, i) => event(`ev${i + 1}`, s)),
});

describe('the HTML timeline index of months', () => {
  const html = renderTimelineHtml(story(['2018-01-05', '2018-01-20', '2018-02-02', '2018-03-09']));

  it('links each month to its section, with its count of events', () => {
    const links = [...html.matchAll(/<a href="#(?<to>[^"]+)">(?<name>[^<]+) <span class="n">\((?<n>\d+)\)/g)];
    expect(links.map((m) => `${m.groups?.to} ${m.groups?.name} ${m.groups?.n}`)).toEqual([
      'p-2018-01 كانون الثاني/يناير 2018 2',
      'p-2018-02 شباط/فبراير 2018 1',
      'p-2018-03 آذار/مارس 2018 1',
    ]);
  });

  it('gives every linked month a section with that id', () => {
    const ids = [...html.matchAll(/<section class="period" id="(?<id>[^"]+)">/g)].map((m) => m.groups?.id);
    expect(ids).toEqual(['p-2018-01', 'p-2018-02', 'p-2018-03']);
  });

  it('has no index for a story of two months', () => {
    expect(renderTimelineHtml(story(['2018-01-05', '2018-02-02'])).includes('<nav class="periods"')).toBe(
      false,
    );
  });
});
