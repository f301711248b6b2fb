/**
 * CoNLL exact-span scoring (as conlleval): chunks are read from BIO tags (an `I-X` after `O` or after
 * another type opens a chunk, as conlleval does); a predicted chunk counts only when its type, start and
 * end all match a gold chunk. Micro-averaged precision, recall and F1, overall and per type.
 */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function chunksOf(tags: string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    const continues = open && prefix === 'I' && open.type === type;
    if (continues && open) open.end = i + 1;
    else {
      if (open) chunks.push(open);
      open = prefix === 'O' ? null : { type, start: i, end: i + 1 };
    }
  });
  if (open) chunks.push(open);
  return chunks;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores predicted against gold tag sequences (one array per sentence, same lengths). */
export function scoreConll(
  gold: string[][],
  predicted: string[][],
): { overall: Prf; byType: Record<string, Prf> } {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) =>
    counts.get(type) ??
    (counts.set(type, { tp: 0, fp: 0, fn: 0 }).get(type) as { tp: number; fp: number; fn: number });
  gold.forEach((goldTags, s) => {
    const key = (c: Chunk) => `${c.type}:${c.start}:${c.end}`;
    const goldKeys = new Set(chunksOf(goldTags).map(key));
    const predChunks = chunksOf(predicted[s] ?? []);
    const predKeys = new Set(predChunks.map(key));
    for (const c of predChunks) count(c.type)[goldKeys.has(key(c)) ? 'tp' : 'fp']++;
    for (const c of chunksOf(goldTags)) if (!predKeys.has(key(c))) count(c.type).fn++;
  });
  const byType: Record<string, Prf> = {};
  let [tp, fp, fn] = [0, 0, 0];
  for (const [type, c] of [...counts].sort()) {
    byType[type] = prf(c.tp, c.fp, c.fn);
    [tp, fp, fn] = [tp + c.tp, fp + c.fp, fn + c.fn];
  }
  return { overall: prf(tp, fp, fn), byType };
}
