import { describe, expect, it } from 'vitest';
import { featureId } from '../../../src/entities/ner/hash.js';
import { allNewsIds, newsEntry, newsFeatureIds } from '../../../src/entities/ner/news-types.js';

const news = new Map([
  ['ليون', newsEntry([0, 12, 3, 0], 20)],
  ['ساركوزي', newsEntry([5, 0, 0, 0], 5)],
]);

function idsOf(forms: string[]): number[] {
  const out: number[] = [];
  newsFeatureIds(news, forms, out);
  return out;
}

describe('news type features', () => {
  it('stores the counts of each type and the total', () => {
    expect(newsEntry([0, 12, 3, 0], 20)).toBe('0,12,3,0/20');
  });

  it('gives the share bucket of each type the word took (12/20 ≥ 0.6, 3/20 in 0.1–0.3)', () => {
    const ids = idsOf(['ليون']);
    expect(ids).toContain(featureId('nt', 'ORG', '3'));
    expect(ids).toContain(featureId('nt', 'LOC', '1'));
    expect(ids).not.toContain(featureId('nt', 'PERS', '0'));
  });

  it('joins the share with the frequency bucket (5 occurrences: 4–15)', () => {
    expect(idsOf(['ساركوزي'])).toContain(featureId('ntc', 'PERS', '3', '1'));
  });

  it('falls back to the next form', () => {
    expect(idsOf(['الساركوزي', 'ساركوزي'])).toContain(featureId('nt', 'PERS', '3'));
  });

  it('gives nothing for a word absent from the news', () => {
    expect(idsOf(['قال'])).toEqual([]);
  });

  it('lists every id it can give', () => {
    const all = new Set(allNewsIds());
    for (const id of [...idsOf(['ليون']), ...idsOf(['ساركوزي'])]) expect(all.has(id)).toBe(true);
  });
});
