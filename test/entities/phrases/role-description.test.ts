import { describe, expect, it } from 'vitest';
import { findPhraseMentions } from '../../../src/entities/phrases/index.js';
import type { EntityMention } from '../../../src/types.js';
import { segmentsOf } from './segments-of.js';

/** The mentions left of one tagger mention over `span` in `text`. */
function kept(text: string, span: string, type: EntityMention['type']): string[] {
  const start = text.indexOf(span);
  const mention = { start, end: start + span.length, text: span, type, key: span, sentence: 0 };
  return findPhraseMentions(text, segmentsOf(text), [mention]).map((m) => `${m.type}:${m.text}`);
}

describe('role descriptions are no organizations', () => {
  it('drops a role noun with a nisba adjective tagged as an organization', () => {
    expect(kept('قال الكاتب المغربي إن الوضع صعب.', 'الكاتب المغربي', 'ORG')).toEqual([]);
  });

  it('drops the complement of a title word with a nisba adjective', () => {
    expect(kept('قال ولي العهد الأردني إن الوضع صعب.', 'العهد الأردني', 'ORG')).toEqual([]);
  });

  it('keeps a known place named after a title word', () => {
    expect(kept('قال سفير الولايات المتحدة إن الوضع صعب.', 'الولايات المتحدة', 'LOC')).toEqual([
      'LOC:الولايات المتحدة',
    ]);
  });

  it('keeps a person mention that starts with a role noun', () => {
    expect(kept('قال الكاتب المغربي إن الوضع صعب.', 'الكاتب المغربي', 'PER')).toEqual(['PER:الكاتب المغربي']);
  });
});
