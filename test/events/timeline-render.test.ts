import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/story/schema.js';
import { renderTimelineCsv } from '../../src/story/timeline-csv.js';
import { renderTimelineHtml } from '../../src/story/timeline-html.js';

const story: Story = {
  version: 1,
  documents: [
    {
      id: 'd1',
      source: 'a.txt',
      title: 'عنوان <b>التقرير</b>',
      text: '',
      published: { date: '2017-07-04', how: 'given', evidence: '' },
    },
  ],
  entities: [{ id: 'e1', type: 'LOC', name: 'أستانة', latin: 'Astana', variants: ['أستانة'], mentions: [] }],
  timexes: [],
  events: [
    {
      id: 'ev1',
      type: 'talks',
      label: 'محادثات الجولة 5 — أستانة',
      labelLatin: 'Talks, round 5 — Astana',
      date: { start: '2017-07-04' },
      place: 'e1',
      participants: [],
      mentions: [{ doc: 'd1', start: 0, end: 3, sentence: 'انطلقت "الجولة" <script>x</script>, اليوم' }],
      precision: 'day',
      status: 'ongoing',
      summary: 'انطلقت "الجولة" <script>x</script>, اليوم',
    } as Story['events'][number],
  ],
};

describe('renderTimelineHtml', () => {
  const html = renderTimelineHtml(story);

  it('is a right-to-left Arabic page', () => {
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it('escapes every text it shows', () => {
    expect([
      html.includes('<script>'),
      html.includes('&lt;script&gt;'),
      html.includes('&lt;b&gt;التقرير'),
    ]).toEqual([false, true, true]);
  });

  it('loads nothing from outside the page', () => {
    expect(html.match(/\bsrc=|url\(|@import|<link/g)).toBeNull();
  });

  it('links a report to its web address when its source is one, and only then', () => {
    const withUrl: Story = {
      ...story,
      documents: [{ ...story.documents[0], source: 'https://example.org/a?x=1&y=2' }],
    };
    expect([
      html.includes('<a href='),
      renderTimelineHtml(withUrl).includes('<a href="https://example.org/a?x=1&amp;y=2" rel="noreferrer">'),
    ]).toEqual([false, true]);
  });

  it('shows the Latin label beside the Arabic one', () => {
    expect(html).toMatch(
      /محادثات الجولة 5 — أستانة<span class="latin" lang="en" dir="ltr">Talks, round 5 — Astana<\/span>/,
    );
  });

  it('groups events under their month with its Arabic and English names', () => {
    expect(html).toContain(
      '<h2 class="period">تموز/يوليو 2017 <span lang="en" dir="ltr">July 2017</span></h2>',
    );
  });

  it('shows a status badge', () => {
    expect(html).toContain(
      '<span class="badge b-ongoing">جارٍ <span lang="en" dir="ltr">ongoing</span></span>',
    );
  });
});

describe('renderTimelineCsv', () => {
  const [header, row] = renderTimelineCsv(story).trimEnd().split('\n');

  it('starts with the header row', () => {
    expect(header.split(',').slice(0, 6)).toEqual([
      'id',
      'type',
      'date_start',
      'date_end',
      'precision',
      'status',
    ]);
  });

  it('quotes a cell with a comma or a quote, doubling the quotes', () => {
    expect(row).toContain('"انطلقت ""الجولة"" <script>x</script>, اليوم"');
  });

  it('names the place instead of its id', () => {
    expect(row).toContain(',أستانة,Astana,');
  });

  it('gives the reports by title as well as by id', () => {
    expect(row).toContain(',d1,عنوان <b>التقرير</b>,');
  });
});

describe('the count in the HTML heading', () => {
  it('agrees with its number: one event, one report', () => {
    expect(renderTimelineHtml(story)).toContain('<p>حدث واحد من تقرير واحد <span');
  });
});

describe('background events in the exports', () => {
  const old = {
    ...story.events[0],
    id: 'ev0',
    label: 'اجتماع',
    labelLatin: 'Meeting',
    date: { start: '1945' },
    background: true,
  } as Story['events'][number];
  const withBackground: Story = { ...story, events: [old, ...story.events] };

  it('folds them into a closed section of the HTML, before the story’s own events', () => {
    const html = renderTimelineHtml(withBackground);
    const section = html.indexOf('<details class="background">');
    expect([
      section > -1,
      section < html.indexOf('Talks, round 5'),
      html.indexOf('Meeting') > section,
    ]).toEqual([true, true, true]);
  });

  it('says yes in the CSV background column', () => {
    const [header, first, second] = renderTimelineCsv(withBackground).trim().split('\n');
    expect([header.endsWith(',background'), first.endsWith(',yes'), second.endsWith(',')]).toEqual([
      true,
      true,
      true,
    ]);
  });
});
