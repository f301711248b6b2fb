import type { MasarDoc } from '../types.js';

/**
 * The store interface every implementation (SQLite now; PostgreSQL later) keeps; one contract test suite
 * runs against each (test/store-contract.test.ts).
 */
export interface StoredDoc {
  /** Hash of the input content, the key that makes `build` incremental. */
  contentHash: string;
  doc: MasarDoc;
}

export interface SearchHit {
  docId: string;
  title: string;
  source: string;
  score: number;
  snippet: string;
}

export interface SearchQuery {
  text: string;
  limit?: number;
  from?: string;
  to?: string;
  source?: string;
  entity?: string;
}

export interface Store {
  has(contentHash: string): boolean;
  /** Adds analyzed documents in one transaction: all or none. */
  addAll(docs: StoredDoc[]): void;
  allDocs(): MasarDoc[];
  count(): number;
  search(query: SearchQuery): SearchHit[];
  close(): void;
}
