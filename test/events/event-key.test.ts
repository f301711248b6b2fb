import { describe, expect, it } from 'vitest';
import { type EventKey, likeness, sameEvent } from '../../src/events/event-key.js';

const talks = (k: Partial<EventKey> = {}): EventKey => ({ family: 'talks', participants: [], ...k });

describe('sameEvent (dates aside)', () => {
  it('joins a meeting and talks at one place: gatherings are one kind', () => {
    expect(
      sameEvent(talks({ place: 'loc-x' }), { family: 'meeting', place: 'loc-x', participants: [] }),
    ).toBe(true);
  });

  it('keeps two rounds apart even in one series', () => {
    expect(sameEvent(talks({ series: 's', ordinal: 4 }), talks({ series: 's', ordinal: 5 }))).toBe(false);
  });

  it('keeps an opening apart from a closing', () => {
    expect(sameEvent(talks({ place: 'p', phase: 'start' }), talks({ place: 'p', phase: 'end' }))).toBe(false);
  });

  it('keeps events at two different places apart', () => {
    expect(
      sameEvent(
        talks({ place: 'p', participants: ['a', 'b'] }),
        talks({ place: 'q', participants: ['a', 'b'] }),
      ),
    ).toBe(false);
  });

  it('keeps apart a placed event and an unplaced one whose report never names that place', () => {
    const meeting = talks({ place: 'city', participants: ['party'] });
    expect(sameEvent(meeting, talks({ participants: ['party'], story: new Set(['party', 'other']) }))).toBe(
      false,
    );
    expect(sameEvent(meeting, talks({ participants: ['party'], story: new Set(['party', 'city']) }))).toBe(
      true,
    );
  });

  it('needs something shared: same kind alone is not enough', () => {
    expect(sameEvent(talks(), talks())).toBe(false);
  });

  it('needs two shared things when only one report numbers the round', () => {
    expect(sameEvent(talks({ series: 's', ordinal: 5 }), talks({ series: 's' }))).toBe(false);
    expect(
      sameEvent(talks({ series: 's', ordinal: 5, place: 'p' }), talks({ series: 's', place: 'p' })),
    ).toBe(true);
  });

  it('counts three entities named by both reports as one shared thing (the same story)', () => {
    const story = new Set(['a', 'b', 'c']);
    expect(likeness(talks({ story }), talks({ story: new Set(['a', 'b', 'c', 'd']) }))).toBe(1);
    expect(likeness(talks({ story }), talks({ story: new Set(['a', 'b']) }))).toBe(0);
  });
});
