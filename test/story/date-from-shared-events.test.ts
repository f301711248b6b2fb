import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { readJsonl } from '../../src/io/read-inputs.js';
import { runBatch } from '../../src/pipeline/index.js';
import { buildStory } from '../../src/story/build-story.js';

/** Made-up reports: one dated, the others telling the same talks relative to their own, unknown, day. */
function story(records: { id: string; text: string; published?: string }[]) {
  const lines = records.map((r) => JSON.stringify({ ...r, url: `https://example.org/${r.id}` }));
  const docs = runBatch(readJsonl('made-up.jsonl', lines.join('\n'), []), {});
  const built = buildStory(docs, {});
  const byId = new Map(docs.map((d) => [d.meta.externalId, d]));
  return { built, doc: (id: string) => byId.get(id)! };
}

const OPENING = {
  id: 'opening',
  published: '2021-03-04',
  text: 'انطلقت اليوم الخميس في مدينة جنيف جولة محادثات بين وفد الحكومة ووفد المعارضة برعاية الأمم المتحدة.',
};

describe('publication dates from events shared with other reports', () => {
  it('dates «تنطلق المحادثات غدا الخميس» the day before the opening another report dates', () => {
    const { doc } = story([
      OPENING,
      {
        id: 'eve',
        text: 'تنطلق غدا الخميس في مدينة جنيف المحادثات بين وفد الحكومة ووفد المعارضة برعاية الأمم المتحدة.',
      },
    ]);
    expect(doc('eve').published).toMatchObject({ date: '2021-03-03', how: 'inferred' });
  });

  it('names the other report in the evidence', () => {
    const { doc } = story([
      OPENING,
      {
        id: 'eve',
        text: 'تنطلق غدا الخميس في مدينة جنيف المحادثات بين وفد الحكومة ووفد المعارضة برعاية الأمم المتحدة.',
      },
    ]);
    expect(doc('eve').published.evidence).toContain('published 2021-03-04');
  });

  it('gives «انطلقت الخميس الماضي» a range of days and still dates the mention to the opening day', () => {
    const { built, doc } = story([
      OPENING,
      {
        id: 'later',
        text: 'وتتواصل في مدينة جنيف المحادثات بين وفد الحكومة ووفد المعارضة، والتي انطلقت الخميس الماضي برعاية الأمم المتحدة.',
      },
    ]);
    expect([doc('later').published.date, doc('later').published.range]).toEqual([
      null,
      { from: '2021-03-05', to: '2021-03-11' }, // Friday after the opening to the next Thursday
    ]);
    const talks = (built.events as TimelineEvent[]).filter((e) => e.type === 'talks');
    expect(talks.map((e) => [e.date.start, e.sources.length])).toEqual([['2021-03-04', 2]]);
  });

  it('dates nothing from an event of the same kind at another place', () => {
    const { doc } = story([
      OPENING,
      { id: 'elsewhere', text: 'تنطلق غدا الخميس في مدينة فيينا محادثات بين وفد الحكومة ووفد المعارضة.' },
    ]);
    expect(doc('elsewhere').published.date).toBeNull();
  });

  it("lets the text's own weekday win over a shared event that contradicts it", () => {
    const { doc } = story([
      OPENING,
      {
        id: 'contradicts',
        // «أمس» of the opening would make it Friday 5 March, but the text says it is Sunday
        text: 'انطلقت أمس في مدينة جنيف جولة محادثات بين وفد الحكومة ووفد المعارضة برعاية الأمم المتحدة، وقالت الأمم المتحدة اليوم الأحد إنها مستمرة.',
      },
    ]);
    expect([doc('contradicts').published.date, doc('contradicts').published.range]).toEqual([
      null,
      undefined,
    ]);
  });
});
