import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

describe('short person forms of two skeleton letters', () => {
  it('join no full name whose last word they only resemble (دان is not الدين)', () => {
    const entities = resolveEntities([
      docOf('a', [['جواد حميد الدين', 'PER']]),
      docOf('b', [['دان', 'PER']]),
    ]);
    expect(entities.filter((e) => e.type === 'PER')).toHaveLength(2);
  });

  it('still join the full name they spell (عون of ميشال عون)', () => {
    const entities = resolveEntities([docOf('a', [['ميشال عون', 'PER']]), docOf('b', [['عون', 'PER']])]);
    expect(entities.filter((e) => e.type === 'PER')).toHaveLength(1);
  });
});
