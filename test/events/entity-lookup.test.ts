import { describe, expect, it } from 'vitest';
import { entityLookup, eventsWithResolvedEntities } from '../../src/events/entity-lookup.js';
import { entitiesOf, makeDoc } from './make-doc.js';

describe('event mentions read with the story-wide mentions', () => {
  it('takes a name the story pass found after the events stage as a participant', () => {
    const text = 'اعتقلت الشرطة خليل يوم الخميس في المدينة.';
    const doc = makeDoc('d', text, { published: '2020-03-06' });
    const start = text.indexOf('خليل');
    doc.data.entities!.mentions.push({
      start,
      end: start + 4,
      text: 'خليل',
      type: 'PER',
      key: 'خليل',
      sentence: 0,
      found: 'propagated',
    });
    const events = eventsWithResolvedEntities(doc, entityLookup(entitiesOf([doc])));
    expect(events.map((e) => [e.type, e.participants])).toEqual([['arrest', [0]]]);
  });
});
