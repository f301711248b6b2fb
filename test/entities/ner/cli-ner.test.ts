import { describe, expect, it } from 'vitest';
import { tagTokenSentences, tagTokens } from '../../../src/entities/tag-tokens.js';
import { runMasar } from '../../helpers/cli.js';

const TAG = /^(O|[BI]-(PERS|ORG|LOC|MISC))$/;

describe('tagTokens', () => {
  it('gives one ANERcorp tag per input word', () => {
    const words = ['قال', 'الرئيس', 'الفرنسي', 'في', 'باريس', 'إن', 'الأمم', 'المتحدة', '.'];
    const tags = tagTokens(words);
    expect(tags).toHaveLength(words.length);
    for (const tag of tags) expect(tag).toMatch(TAG);
  });

  it('gives nothing for an empty sentence', () => {
    expect(tagTokens([])).toEqual([]);
  });
});

describe('masar ner', () => {
  it('writes token<TAB>TAG per input line and keeps the blank line between sentences', () => {
    const input = 'زار O\nدمشق B-LOC\n\nوقال O\nمحمد B-PERS\n';
    const { status, stdout } = runMasar(['ner'], input);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['زار', 'دمشق', '', 'وقال', 'محمد']);
    for (const line of lines.filter(Boolean)) expect(line.split('\t')[1]).toMatch(TAG);
  });
});

describe('tagTokenSentences', () => {
  it('gives one tag per word of each sentence of a document', () => {
    const sentences = [['زار', 'الوزير', 'دمشق'], [], ['وقال', 'الوزير', 'إن', 'دمشق', 'آمنة']];
    const tagged = tagTokenSentences(sentences);
    expect(tagged.map((tags) => tags.length)).toEqual([3, 0, 5]);
    for (const tag of tagged.flat()) expect(tag).toMatch(TAG);
  });
});
