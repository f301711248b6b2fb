import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { familyNames } from '../../../scripts/train-ner-family.js';

function newsFile(texts: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'news-')), 'articles.jsonl');
  writeFileSync(path, texts.map((text) => JSON.stringify({ title: '', text })).join('\n'));
  return path;
}

const given = new Set(['بشار', 'جمال']);

describe('familyNames', () => {
  const path = newsFile([
    'قال بشار الجعفري إن الوفد وصل',
    'وصرح بشار الجعفري أمس',
    'أكد بشار الجعفري ذلك',
    'جمال الطبيعة ثم الجمال',
    'جمال الطبيعة',
    'جمال الطبيعة',
  ]);

  it('takes a word that follows a given name three times for a family name', () => {
    expect(familyNames(path, given)).toContain('الجعفري');
  });

  it('anchors on no given name that mostly takes the article (a common noun)', () => {
    expect(familyNames(path, given)).not.toContain('الطبيعه');
  });

  it('needs the minimum count', () => {
    expect(familyNames(path, given, 4)).toEqual([]);
  });
});
