/**
 * A query as an FTS5 MATCH expression: every query word must match (AND), a word matches through any of its
 * search keys (OR). Keys hold only letters and digits, and are quoted all the same.
 */
export function ftsExpression(words: string[][]): string {
  const quote = (key: string) => `"${key.replaceAll('"', '""')}"`;
  return words.map((keys) => `(${keys.map(quote).join(' OR ')})`).join(' AND ');
}
