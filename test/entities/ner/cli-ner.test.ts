import { describe, expect, it } from 'vitest';
import { tagTokens } from '../../../src/entities/tag-tokens.js';
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
