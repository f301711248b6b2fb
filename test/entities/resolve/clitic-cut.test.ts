import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

/**
 * The resolver's corpus-aware clitic cut keeps surnames that begin with ل or ب whole (no never-strip list
 * names them): made-up surnames, so no lexicon can help.
 */
const names = (docs: Parameters<typeof resolveEntities>[0]) => resolveEntities(docs).map((e) => e.name);

describe('collect-forms: a single attached letter', () => {
  it('keeps a surname starting with ل whole when it is alone', () => {
    expect(names([docOf('a', [['لافيتسكي', 'PER']])])).toEqual(['لافيتسكي']);
  });

  it('cuts a letter before a lexicon name the whole word is not (لموزاييك إف إم)', () => {
    expect(names([docOf('a', [['لموزاييك إف إم', 'ORG']])])).toEqual(['موزاييك إف إم']);
  });

  it('keeps a surname starting with ب whole when it is alone', () => {
    expect(names([docOf('a', [['بوريسوف', 'PER']])])).toEqual(['بوريسوف']);
  });

  it('cuts a real و before a ل surname that the corpus also has bare', () => {
    const entities = resolveEntities([docOf('a', [['لافيتسكي', 'PER']]), docOf('b', [['ولافيتسكي', 'PER']])]);
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['لافيتسكي', 2]]);
  });

  it('cuts a real و before a ب surname without cutting the ب', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['وبوريسوف', 'PER'],
        ['بوريسوف', 'PER'],
      ]),
    ]);
    expect(entities.map((e) => e.variants)).toEqual([['بوريسوف']]);
  });

  it('cuts the conjunction و though the corpus writes the name more often with it (a list «فرنسا وبريطانيا»)', () => {
    const entities = resolveEntities([
      docOf('a', [
        ['وكاتالونيا', 'LOC'],
        ['وكاتالونيا', 'LOC'],
        ['كاتالونيا', 'LOC'],
      ]),
    ]);
    expect(entities.map((e) => e.variants)).toEqual([['كاتالونيا']]);
  });

  it('cuts the conjunction و (and only it) before a ل surname the corpus lacks bare', () => {
    expect(names([docOf('a', [['ولافيتسكي', 'PER']])])).toEqual(['لافيتسكي']);
  });

  it('keeps a ب before a surname when the corpus lacks the bare rest', () => {
    expect(names([docOf('a', [['بلافيتسكي', 'PER']])])).toEqual(['بلافيتسكي']);
  });

  it('keeps the و of a given name that begins with it', () => {
    expect(names([docOf('a', [['وليد', 'PER']])])).toEqual(['وليد']);
  });
});
