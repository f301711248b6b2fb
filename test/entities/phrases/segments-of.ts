import { segment } from '../../../src/pipeline/stages/segment.js';
import type { MasarDoc, Segments } from '../../../src/types.js';

/** The pipeline's tokens and sentences of a text, as the phrase rules get them. */
export function segmentsOf(text: string): Segments {
  const doc: MasarDoc = {
    id: 't',
    meta: { source: 't' },
    published: { date: null, how: 'unknown', evidence: '' },
    data: { clean: { title: '', text, dropped: [] } },
    messages: [],
  };
  segment.run(doc, { options: {} });
  if (!doc.data.segments) throw new Error('no segments');
  return doc.data.segments;
}
