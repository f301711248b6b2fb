import type { MasarDoc } from '../types.js';

/** First version: documents with the same content id are duplicates of the first one seen. */
export function markDuplicates(docs: MasarDoc[]): void {
  const firstById = new Map<string, MasarDoc>();
  for (const doc of docs) {
    const first = firstById.get(doc.id);
    if (first) doc.duplicateOf = first.id;
    else firstById.set(doc.id, doc);
  }
}
