import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import type { EntityType, MasarDoc } from '../../../src/types.js';
import { docOf } from './make-docs.js';

/** A document whose one mention starts `cut` letters into the word where `name` begins (a tagger's cut). */
function cutDoc(text: string, name: string, cut: number, type: EntityType = 'LOC'): MasarDoc {
  const start = text.indexOf(name) + cut;
  const end = text.indexOf(name) + name.length;
  return {
    id: 'a',
    meta: { source: 'a' },
    published: { date: null, how: 'unknown', evidence: '' },
    data: {
      clean: { title: '', text, dropped: [] },
      entities: { mentions: [{ start, end, text: text.slice(start, end), type, key: '', sentence: 0 }] },
    },
    messages: [],
  };
}
const names = (doc: MasarDoc) => resolveEntities([doc]).map((e) => e.name);

describe('restore-cut-letters: a proclitic cut inside a word', () => {
  it('gives back the first letter of a known city when the rest is no name', () => {
    expect(names(cutDoc('وصل إلى فيينا أمس.', 'فيينا', 1))).toEqual(['فيينا']);
  });

  it('cuts the conjunction alone when the word after it is a known name', () => {
    expect(names(cutDoc('ربت ولديها هادي وكريم في بيت جميل.', 'وكريم', 2, 'PER'))).toEqual(['كريم']);
  });

  it('gives back the letters when fewer than three would remain', () => {
    expect(names(cutDoc('التقى بزو تور أمس.', 'بزو تور', 1, 'PER'))).toEqual(['بزو تور']);
  });

  it('keeps a conjunction cut while giving back the letters after it', () => {
    expect(names(cutDoc('نقلت ووكالة الأنباء الخبر.', 'ووكالة الأنباء', 3, 'ORG'))).toEqual([
      'وكالة الأنباء',
    ]);
  });

  it('gives back all the letters of a known head noun when too few would remain', () => {
    expect(names(cutDoc('نقلت وكالة أنباء الخبر.', 'وكالة أنباء', 2, 'ORG'))).toEqual(['وكالة أنباء']);
  });

  it('keeps the cut when the rest is a known country', () => {
    expect(names(cutDoc('زار مصر وسوريا أمس.', 'وسوريا', 1))).toEqual(['سوريا']);
  });

  it('reads لل as ل before a known name word rather than as the article', () => {
    expect(names(cutDoc('قال للبنان كلمة.', 'للبنان', 1))).toEqual(['لبنان']);
  });

  it('keeps the و of a known city even when the corpus has the rest as a form', () => {
    const entities = resolveEntities([docOf('a', [['واشنطن', 'LOC']]), docOf('b', [['اشنطن', 'LOC']])]);
    expect(entities.flatMap((e) => e.variants)).toContain('واشنطن');
  });
});

describe('cut-rare-proclitics: a given name is no proclitic + name', () => {
  it('keeps «كريم» whole though «ريم» is a more frequent name of the story', () => {
    const docs = [docOf('a', [['ريم', 'PER']]), docOf('b', [['ريم', 'PER']]), docOf('c', [['كريم', 'PER']])];
    expect(resolveEntities(docs).map((e) => e.name)).toContain('كريم');
  });
});
