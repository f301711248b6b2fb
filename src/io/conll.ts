/** CoNLL input: one token per line (first column), blank line between sentences. */
export interface ConllSentence {
  tokens: string[];
  /** Second column when present (gold tags), for evaluation and training. */
  tags: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const [token, tag] = line.split(/\s+/);
    current.tokens.push(token);
    current.tags.push(tag ?? 'O');
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}
