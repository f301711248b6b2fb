import { tagTime } from '../../src/time/index.js';
import type { MasarDoc, Published } from '../../src/types.js';

/** A cleaned document whose time expressions are tagged against its publication date (none: unknown). */
export function timedDoc(
  text: string,
  published: Published = { date: null, how: 'unknown', evidence: 'no date stated' },
  url?: string,
): MasarDoc {
  return {
    id: text.slice(0, 12),
    meta: { source: 'test', ...(url ? { url } : {}) },
    published,
    messages: [],
    data: {
      clean: { title: '', text, dropped: [] },
      time: { timexes: tagTime(text, published.date), reference: published.date },
    },
  };
}
