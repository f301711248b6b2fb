import { describe, expect, it } from 'vitest';
import { differentRounds } from '../../../src/time/infer/report-rounds.js';
import type { EventMention, MasarDoc } from '../../../src/types.js';

/** A report whose event mentions are gatherings with the given rounds and series. */
function report(mentions: Partial<EventMention>[]): MasarDoc {
  const full = mentions.map((m) => ({
    start: 0,
    end: 1,
    type: 'talks',
    trigger: 'محادثات',
    sentence: 0,
    timexes: [],
    participants: [],
    ...m,
  }));
  return {
    id: 'r',
    meta: { source: 'test' },
    published: { date: null, how: 'unknown', evidence: '' },
    messages: [],
    data: { events: { mentions: full } },
  };
}

const fifth = report([{ ordinal: 5, series: 'أستانا' }, { type: 'meeting' }]);
const fourteenth = report([{ ordinal: 14, series: 'أستانة' }, { type: 'meeting' }]);

describe('differentRounds', () => {
  it('an unnumbered meeting of a report on round 5 is not one of a report on round 14', () => {
    expect(differentRounds({ family: 'meeting', doc: fifth }, { family: 'meeting', doc: fourteenth })).toBe(
      true,
    );
  });

  it('a meeting of a report on round 5 may be round 5 told by number in another report', () => {
    expect(
      differentRounds({ family: 'meeting', doc: fifth }, { family: 'talks', ordinal: 5, doc: fourteenth }),
    ).toBe(false);
  });

  it('unnumbered gatherings of two reports of the same series, neither numbering a round, may be one', () => {
    const a = report([{ series: 'جنيف' }]);
    const b = report([{ type: 'meeting', series: 'جنيف' }]);
    expect(differentRounds({ family: 'talks', doc: a }, { family: 'meeting', doc: b })).toBe(false);
  });

  it('an unnamed meeting of a report on Geneva talks is not one of a report on Astana talks', () => {
    const geneva = report([{ series: 'جنيف' }, { type: 'meeting' }]);
    const astana = report([{ series: 'أستانا' }, { type: 'meeting' }]);
    expect(differentRounds({ family: 'meeting', doc: geneva }, { family: 'meeting', doc: astana })).toBe(
      true,
    );
  });

  it('other kinds than gatherings are left to the event key', () => {
    expect(differentRounds({ family: 'visit', doc: fifth }, { family: 'visit', doc: fourteenth })).toBe(
      false,
    );
  });
});
