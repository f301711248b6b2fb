import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, ORDINAL_WORDS } from '../../src/events/lexicon.js';

const DOC = readFileSync(new URL('../../docs/events.md', import.meta.url), 'utf8');
const data = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../data/events/${name}`, import.meta.url), 'utf8'));

describe('the event lexicons', () => {
  it('documents every event type in docs/events.md', () => {
    expect(Object.keys(EVENT_TYPES).filter((type) => !DOC.includes(`| \`${type}\` |`))).toEqual([]);
  });

  it('has the ordinals 1 to 20, each in masculine and feminine or plain forms', () => {
    const numbers = [...ORDINAL_WORDS.values()];
    const missing = Array.from({ length: 20 }, (_, i) => i + 1).filter(
      (n) => numbers.filter((x) => x === n).length < 2,
    );
    expect(missing).toEqual([]);
  });

  it('states the provenance of every data file', () => {
    const files = ['triggers.json', 'status-markers.json', 'ordinals.json', 'place-heads.json'];
    expect(files.filter((f) => typeof data(f)._provenance !== 'string')).toEqual([]);
  });
});
