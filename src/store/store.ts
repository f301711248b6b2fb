import type { MasarDoc } from '../types.js';

/**
 * The store interface every implementation keeps (SQLite by default, in-memory for tests; PostgreSQL can
 * follow). One contract suite (test/store/store-contract.ts) runs against each implementation.
 */
export interface StoredDoc {
  /** Hash of the input content, the key that makes `build` incremental. */
  contentHash: string;
  doc: MasarDoc;
}

/** What a listing shows of a document without loading it whole. */
export interface DocSummary {
  id: string;
  source: string;
  /** The outlet: the input's site name, else the URL's host, else the source path. */
  outlet: string;
  title: string;
  /** The stated publication day, else the one the story inferred, else null. */
  published: string | null;
}

export interface DocText extends DocSummary {
  text: string;
}

/** Filters shared by listings and search. Dates are YYYY-MM-DD, inclusive. */
export interface DocFilter {
  from?: string;
  to?: string;
  /** An outlet name (exact, any case) or a part of the source path/URL. */
  source?: string;
  /** Entity names: a document passes when it mentions any of them (spelling variants match). */
  entity?: string[];
  limit?: number;
  offset?: number;
}

export interface SearchQuery extends DocFilter {
  /** The query's words, each as its set of search keys (src/search/search-keys.ts `queryWords`). */
  words: string[][];
}

export interface Match {
  id: string;
  /** BM25 relevance: higher is better. */
  score: number;
}

export interface Store {
  has(contentHash: string): boolean;
  /** Adds analyzed documents in one transaction: all or none. Bumps the revision. */
  addAll(docs: StoredDoc[]): void;
  /** Number of stored documents. */
  count(): number;
  /** Changes with every write: what a cached story is valid for. */
  revision(): number;
  allDocs(): MasarDoc[];
  getDoc(id: string): MasarDoc | null;
  /** The display title and text of a document, cheaper than getDoc (no segments rebuilt). */
  getText(id: string): DocText | null;
  listDocs(filter: DocFilter): { total: number; docs: DocSummary[] };
  /** Full-text matches ranked by BM25 (titles weigh more than bodies), filtered; total counted up to COUNT_CAP. */
  match(query: SearchQuery): { total: number; matches: Match[] };
  /**
   * Publication days the story inferred for undated documents, so that date filters and listings see them.
   * A stated date is never replaced. Does not change the revision.
   */
  setInferredDates(dates: { id: string; date: string | null }[]): void;
  /** A cached value written at the current revision, or null when absent or stale. */
  readCache(key: string): string | null;
  writeCache(key: string, value: string): void;
  close(): void;
}

export const DEFAULT_LIMIT = 20;
export const TITLE_WEIGHT = 3;
/**
 * At most this many matches are ranked: when more documents match, the most recently stored ones are ranked
 * by BM25 (idf still over the whole store); the total still counts them (up to COUNT_CAP). It keeps a query on a very
 * common word fast at 100,000 articles (scoring every match is linear in their number).
 */
export const RANKED_CANDIDATES = 2000;
/** Matches are counted up to this many: a total equal to it means "at least" (counting 68,000 costs 6 ms). */
export const COUNT_CAP = 10_000;
