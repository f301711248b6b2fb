import { docEntityKeys, entityKeys } from '../search/entity-keys.js';
import { type KeyedColumns, scoreBm25 } from '../search/score-bm25.js';
import { keyWords } from '../search/search-keys.js';
import type { MasarDoc } from '../types.js';
import { outletOf, packDoc, unpackDoc } from './pack-doc.js';
import {
  COUNT_CAP,
  DEFAULT_LIMIT,
  type DocFilter,
  type DocSummary,
  type DocText,
  type Match,
  RANKED_CANDIDATES,
  type SearchQuery,
  type Store,
  type StoredDoc,
  TITLE_WEIGHT,
} from './store.js';

interface Row extends DocSummary {
  inferred: boolean;
  packed: Buffer;
  columns: KeyedColumns;
  entityKeys: Set<string>;
}

const columnKeys = (text: string) => keyWords(text).flatMap((w) => w.keys);

/** A store in memory: the second implementation that keeps the contract suite honest; also handy in tests. */
export class MemoryStore implements Store {
  private rows: Row[] = [];
  private inputs = new Map<string, string>();
  private cache = new Map<string, { revision: number; value: string }>();
  private rev = 0;

  has(contentHash: string): boolean {
    return this.inputs.has(contentHash);
  }

  addAll(docs: StoredDoc[]): void {
    const rows = [...this.rows];
    const inputs = new Map(this.inputs);
    for (const { contentHash, doc } of docs) {
      if (!inputs.has(contentHash)) inputs.set(contentHash, doc.id);
      if (rows.some((r) => r.id === doc.id)) continue;
      const title = doc.data.clean?.title ?? '';
      const columns = [columnKeys(title), columnKeys(doc.data.clean?.text ?? '')];
      rows.push({
        id: doc.id,
        source: doc.meta.source,
        outlet: outletOf(doc),
        title,
        published: doc.published.date,
        inferred: false,
        packed: packDoc(doc),
        columns,
        entityKeys: new Set(docEntityKeys(doc)),
      });
    }
    [this.rows, this.inputs] = [rows, inputs];
    this.rev++;
  }

  count(): number {
    return this.rows.length;
  }

  revision(): number {
    return this.rev;
  }

  allDocs(): MasarDoc[] {
    return this.rows.map((r) => unpackDoc(r.packed));
  }

  getDoc(id: string): MasarDoc | null {
    const row = this.rows.find((r) => r.id === id);
    return row ? unpackDoc(row.packed) : null;
  }

  getText(id: string): DocText | null {
    const row = this.rows.find((r) => r.id === id);
    if (!row) return null;
    const { packed, columns: _c, entityKeys: _e, inferred: _i, ...summary } = row;
    return { ...summary, text: unpackDoc(packed, { segments: false }).data.clean?.text ?? '' };
  }

  private filtered(filter: DocFilter): Row[] {
    const keys = filter.entity ? new Set(filter.entity.flatMap(entityKeys)) : undefined;
    const source = filter.source?.toLowerCase();
    return this.rows.filter(
      (r) =>
        (!filter.from || (r.published !== null && r.published >= filter.from)) &&
        (!filter.to || (r.published !== null && r.published <= filter.to)) &&
        (!source || r.outlet.toLowerCase() === source || r.source.toLowerCase().includes(source)) &&
        (!keys || [...keys].some((k) => r.entityKeys.has(k))),
    );
  }

  listDocs(filter: DocFilter): { total: number; docs: DocSummary[] } {
    const rows = this.filtered(filter).sort((a, b) =>
      (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'),
    );
    const page = rows.slice(filter.offset ?? 0, (filter.offset ?? 0) + (filter.limit ?? DEFAULT_LIMIT));
    return {
      total: rows.length,
      docs: page.map(({ id, source, outlet, title, published }) => ({
        id,
        source,
        outlet,
        title,
        published,
      })),
    };
  }

  match(query: SearchQuery): { total: number; matches: Match[] } {
    if (query.words.length === 0) return { total: 0, matches: [] };
    const scores = scoreBm25(
      this.rows.map((r) => r.columns),
      query.words,
      [TITLE_WEIGHT, 1],
    );
    const allowed = new Set(this.filtered(query).map((r) => r.id));
    const all = this.rows
      .map((r, i) => ({ id: r.id, score: scores[i] }))
      .filter((m): m is Match => m.score !== undefined && allowed.has(m.id));
    const matches = all.slice(-RANKED_CANDIDATES).sort((a, b) => b.score - a.score);
    const offset = query.offset ?? 0;
    return {
      total: Math.min(all.length, COUNT_CAP),
      matches: matches.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT)),
    };
  }

  setInferredDates(dates: { id: string; date: string | null }[]): void {
    for (const { id, date } of dates) {
      const row = this.rows.find((r) => r.id === id);
      if (row && (row.published === null || row.inferred))
        Object.assign(row, { published: date, inferred: true });
    }
  }

  readCache(key: string): string | null {
    const entry = this.cache.get(key);
    return entry && entry.revision === this.rev ? entry.value : null;
  }

  writeCache(key: string, value: string): void {
    this.cache.set(key, { revision: this.rev, value });
  }

  close(): void {}
}
