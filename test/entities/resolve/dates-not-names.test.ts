import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import type { Timex } from '../../../src/types.js';
import { makeDoc } from './make-docs.js';

const TEXT = 'زار الوفد دمشق في نيسان الماضي والتقى مسؤولين.';
const MONTH = TEXT.indexOf('نيسان');

/** The text as the pipeline leaves it: «نيسان الماضي» a time expression, «نيسان» also tagged as an entity. */
function docWithMonth() {
  const doc = makeDoc('a', TEXT, [
    ['دمشق', 'LOC'],
    ['نيسان', 'ORG'],
  ]);
  const timex = { start: MONTH, end: MONTH + 'نيسان الماضي'.length, text: 'نيسان الماضي' } as Timex;
  doc.data.time = { timexes: [timex], reference: null } as typeof doc.data.time;
  return doc;
}

describe('mentions inside a time expression', () => {
  it('are no entities: a month named like a company is a date', () => {
    expect(resolveEntities([docWithMonth()]).map((e) => e.name)).toEqual(['دمشق']);
  });
});
