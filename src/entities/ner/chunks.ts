/** Chunks (type, token start, token end exclusive) of a BIO tag sequence; a stray `I-X` opens a chunk. */
export interface TagChunk {
  type: string;
  start: number;
  end: number;
}

export function chunksOfTags(tags: string[]): TagChunk[] {
  const chunks: TagChunk[] = [];
  tags.forEach((tag, i) => {
    const type = tag.slice(2);
    const open = chunks.at(-1);
    if (tag === 'O') return;
    if (tag.startsWith('I-') && open && open.end === i && open.type === type) open.end = i + 1;
    else chunks.push({ type, start: i, end: i + 1 });
  });
  return chunks;
}
