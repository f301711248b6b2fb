/**
 * Search as `masar search` and `GET /api/search` run it: the query's words keyed like the index, matched and
 * ranked by the store (BM25), each hit with a snippet whose highlights point into the document's text.
 */
import { COUNT_CAP, type DocFilter, type Store } from '../store/store.js';
import { makeSnippet, matchedSpans, type Snippet } from './make-snippet.js';
import { queryWords } from './search-keys.js';

export interface SearchHit {
  id: string;
  title: string;
  source: string;
  outlet: string;
  published: string | null;
  score: number;
  /** Matched words in the title, as offsets into the title. */
  titleHighlights: { start: number; end: number }[];
  snippet: Snippet;
}

export interface SearchResult {
  query: string;
  /** Matching documents, counted up to COUNT_CAP. */
  total: number;
  /** True when the count stopped at COUNT_CAP: there are at least `total` matches. */
  totalCapped: boolean;
  hits: SearchHit[];
}

export function searchDocs(store: Store, query: string, filter: DocFilter = {}): SearchResult {
  const words = queryWords(query);
  const { total, matches } = store.match({ ...filter, words });
  const hits = matches.flatMap(({ id, score }) => {
    const doc = store.getText(id);
    if (!doc) return [];
    const { text, ...summary } = doc;
    return [
      {
        ...summary,
        score,
        titleHighlights: matchedSpans(doc.title, words),
        snippet: makeSnippet(text, words),
      },
    ];
  });
  return { query, total, totalCapped: total >= COUNT_CAP, hits };
}
