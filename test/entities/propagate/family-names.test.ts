import { describe, expect, it } from 'vitest';
import { findKnownMentions } from '../../../src/entities/propagate/find-known-mentions.js';
import { makeDoc } from '../resolve/make-docs.js';

const FULL = 'أعلنت الشرطة اختفاء الصحفي جمال خاشقجي بعد زيارته القنصلية.';
const BARE = 'وكان خاشقجي قد كتب مقالا انتقد فيه السياسة. ونشر خاشقجي تغريدة.';

/** The texts the known-name pass added to a document. */
const added = (doc: ReturnType<typeof makeDoc>) =>
  (doc.data.entities?.mentions ?? []).filter((m) => m.found === 'propagated').map((m) => m.text);

describe('family names in the known-name pass', () => {
  it('finds a person’s family name alone where the report names the person in full', () => {
    const doc = makeDoc('a', `${FULL}\n${BARE}`, [['جمال خاشقجي', 'PER']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual(['خاشقجي', 'خاشقجي']);
  });

  it('leaves the family name alone in a report that never names the person in full', () => {
    const named = makeDoc('a', FULL, [['جمال خاشقجي', 'PER']]);
    const other = makeDoc('b', BARE, []);
    findKnownMentions([named, other]);
    expect(added(other)).toEqual([]);
  });

  it('does not spread a last word with the article («الثاني» of «عبد الله الثاني»)', () => {
    const doc = makeDoc(
      'a',
      'استقبل الملك عبد الله الثاني الوفد. وفي الجزء الثاني من الزيارة وقعوا اتفاقا.',
      [['عبد الله الثاني', 'PER']],
    );
    findKnownMentions([doc]);
    expect(added(doc)).toEqual([]);
  });

  it('does not spread a last word that is a given name («علي» of «محمد علي»)', () => {
    const doc = makeDoc('a', 'قال محمد علي إن الاتفاق قريب. وحضر علي بن أحمد الاجتماع.', [
      ['محمد علي', 'PER'],
    ]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual([]);
  });
});
