import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  dictionaryClasses as classesOf,
  type Dictionary,
  loadDictionary,
} from '../../../src/entities/ner/dictionary.js';
import { normalizeForMatch } from '../../../src/text/normalize.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const dictionary: Dictionary = new Map([
  [normalizeForMatch('حكومة'), '65'],
  ['يذهب', 'v'],
  ['فرنسا', '60'],
]);
/** The classes of a word as the tagger sees it (normalized for matching). */
const dictionaryClasses = (table: Dictionary, word: string) => classesOf(table, normalizeForMatch(word));

describe('dictionaryClasses', () => {
  it('finds a word as written', () => {
    expect(dictionaryClasses(dictionary, 'فرنسا')).toEqual(['k=', 'noun']);
  });

  it('finds a word without its article', () => {
    expect(dictionaryClasses(dictionary, 'الحكومة')).toEqual(['ka', 'noun']);
  });

  it('finds a word without a proclitic', () => {
    expect(dictionaryClasses(dictionary, 'ويذهب')).toEqual(['kc', 'verb']);
  });

  it('finds a word without a pronoun suffix, restoring the feminine ending', () => {
    expect(dictionaryClasses(dictionary, 'حكومته')).toEqual(['ks', 'noun']);
  });

  it('says none for an unlisted word', () => {
    expect(dictionaryClasses(dictionary, 'نيستلروي')).toEqual(['none']);
  });

  it('gives nothing without a dictionary', () => {
    expect(dictionaryClasses(new Map(), 'الحكومة')).toEqual([]);
  });

  it('reads a built file of word and classes per line', () => {
    const path = join(makeTempDir('dict-'), 'words.tsv.gz');
    writeFileSync(path, gzipSync('حكومه\t65,75\nيذهب\tv\n'));
    expect([...loadDictionary(path)]).toEqual([
      ['حكومه', '65,75'],
      ['يذهب', 'v'],
    ]);
  });
});
