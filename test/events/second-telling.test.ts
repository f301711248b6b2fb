import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { mergeEvents } from '../../src/story/merge-events.js';
import { entitiesOf, makeDoc, type TimexSpec } from './make-doc.js';

const FIRST = 'دعا المجلس، الجمعة، إلى إجراء تحقيق في الهجوم الذي شهدته مدينة صعدة، الخميس.';
const FIRST_DAYS: TimexSpec[] = [
  { text: 'الجمعة', from: '2018-08-10' },
  { text: 'الخميس', from: '2018-08-09' },
];
const SAADA = [
  { text: 'صعدة', type: 'LOC' as const },
  { text: 'صعدة', type: 'LOC' as const, nth: 1 },
];

/** The attacks of a report (its first sentence also tells an investigation). */
const attacks = (events: TimelineEvent[]) =>
  events.filter((e) => e.type === 'attack').map((e) => [e.type, e.date.start]);

/** The attacks of a report that tells the attack of Thursday, then `second` dated by `day`. */
function eventsOf(second: string, day: TimexSpec) {
  const doc = makeDoc('d', `${FIRST} ${second}`, {
    published: '2018-08-14',
    timexes: [...FIRST_DAYS, day],
    mentions: SAADA,
  });
  return attacks(mergeEvents([doc], entitiesOf([doc])) as TimelineEvent[]);
}

describe('a second telling takes the date of the first', () => {
  it('dates «اتخذ التحالف، السبت، إجراء يتعلق بالهجوم … في صعدة» by the attack’s Thursday', () => {
    const second = 'واتخذ التحالف، السبت، إجراء جديدا يتعلق بالهجوم الذي استهدف حافلة في مدينة صعدة.';
    expect(eventsOf(second, { text: 'السبت', from: '2018-08-11' })).toEqual([['attack', '2018-08-09']]);
  });

  it('keeps its own day for an attack told five days later at the same place', () => {
    const second = 'واتخذ التحالف، الثلاثاء، إجراء جديدا يتعلق بالهجوم الذي استهدف حافلة في مدينة صعدة.';
    expect(eventsOf(second, { text: 'الثلاثاء', from: '2018-08-14' })).toEqual([
      ['attack', '2018-08-09'],
      ['attack', '2018-08-14'],
    ]);
  });

  it('keeps its own day for an attack of the next day at another place', () => {
    const second = 'واتخذ التحالف، السبت، إجراء جديدا يتعلق بالهجوم الذي استهدف حافلة في مدينة حجة.';
    const doc = makeDoc('d', `${FIRST} ${second}`, {
      published: '2018-08-14',
      timexes: [...FIRST_DAYS, { text: 'السبت', from: '2018-08-11' }],
      mentions: [SAADA[0], { text: 'حجة', type: 'LOC' }],
    });
    expect(attacks(mergeEvents([doc], entitiesOf([doc])) as TimelineEvent[])).toEqual([
      ['attack', '2018-08-09'],
      ['attack', '2018-08-11'],
    ]);
  });
});
