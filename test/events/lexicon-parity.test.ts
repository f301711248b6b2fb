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

  it('gives every type in triggers.json an Arabic and a Latin label', () => {
    const types = Object.entries(data('triggers.json').types) as [string, { ar?: string; latin?: string }][];
    expect(types.filter(([, e]) => !e.ar?.trim() || !e.latin?.trim()).map(([t]) => t)).toEqual([]);
  });

  it('lists no trigger word under two types', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [type, e] of Object.entries(data('triggers.json').types) as [string, { words: string[] }][])
      for (const w of e.words) {
        if (seen.has(w) && seen.get(w) !== type) twice.push(w);
        seen.set(w, type);
      }
    expect(twice).toEqual([]);
  });

  it('names only known types as incidents and as the types a toll yields to', () => {
    const { types, incidents, attackReferences } = data('triggers.json');
    const named = [
      ...incidents.types,
      ...attackReferences.types,
      ...Object.values(types as Record<string, { yieldsTo?: string[] }>).flatMap((e) => e.yieldsTo ?? []),
    ];
    expect(named.filter((t: string) => !(t in types))).toEqual([]);
  });

  it('has the ordinals 1 to 20, each in masculine and feminine or plain forms', () => {
    const numbers = [...ORDINAL_WORDS.values()];
    const missing = Array.from({ length: 20 }, (_, i) => i + 1).filter(
      (n) => numbers.filter((x) => x === n).length < 2,
    );
    expect(missing).toEqual([]);
  });

  it('states the provenance of every data file', () => {
    const files = [
      'triggers.json',
      'status-markers.json',
      'ordinals.json',
      'place-heads.json',
      'news-media.json',
    ];
    expect(files.filter((f) => typeof data(f)._provenance !== 'string')).toEqual([]);
  });
});
