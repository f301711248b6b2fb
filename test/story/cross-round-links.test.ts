import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/io/read-inputs.js';
import { runBatch } from '../../src/pipeline/index.js';
import { buildStory } from '../../src/story/build-story.js';
import type { RunOptions } from '../../src/types.js';

/** Made-up reports of two rounds of one series, each told on its own Tuesday; the eighth is dated. */
function story(records: { id: string; text: string; published?: string }[], options: RunOptions = {}) {
  const lines = records.map((r) => JSON.stringify({ ...r, url: `https://example.org/${r.id}` }));
  const docs = runBatch(readJsonl('made-up.jsonl', lines.join('\n'), []), options);
  buildStory(docs, options);
  return new Map(docs.map((d) => [d.meta.externalId, d]));
}

const EIGHTH = {
  id: 'eighth',
  published: '2021-03-09', // a Tuesday
  text:
    'انطلقت اليوم الثلاثاء في مدينة جنيف الجولة الثامنة من محادثات جنيف بين وفد الحكومة ووفد المعارضة برعاية الأمم المتحدة. ' +
    'ويعقد الاجتماع الموسع غدا الأربعاء بحضور الأمين العام للأمم المتحدة أنطونيو غوتيريش.',
};
const THIRD = {
  id: 'third',
  text:
    'انطلقت اليوم الثلاثاء في مدينة جنيف الجولة الثالثة من محادثات جنيف بين وفد الحكومة ووفد المعارضة برعاية الأمم المتحدة. ' +
    'وتبدأ اليوم اجتماعات ثنائية بين الوفود بحضور الأمين العام للأمم المتحدة أنطونيو غوتيريش.',
};

describe('publication dates across rounds of one series', () => {
  it('does not date the third round by the eighth round told a day later', () => {
    const third = story([EIGHTH, THIRD]).get('third')!;
    expect(third.published.date).toBeNull();
  });

  it('keeps the third round on a Tuesday within the period (nothing set aside)', () => {
    const third = story([EIGHTH, THIRD], { period: { from: '2021-01-01', to: '2021-12-31' } }).get('third')!;
    expect([third.published.range, third.published.evidence]).toEqual([
      { from: '2021-01-04', to: '2021-12-29' }, // the first Tuesday (5 Jan) to the last (28 Dec), a day either side
      'within the period 2021-01-01..2021-12-31; «اليوم الثلاثاء» dates the article to a Tuesday',
    ]);
  });
});
