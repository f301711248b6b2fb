import Database from 'better-sqlite3';
import { MasarError } from '../errors/catalogue.js';
import { docEntityKeys } from '../search/entity-keys.js';
import { indexText } from '../search/search-keys.js';
import type { MasarDoc } from '../types.js';
import { outletOf, packDoc, unpackDoc } from './pack-doc.js';
import { filterSql } from './sqlite-filter.js';
import { matchFts } from './sqlite-match.js';
import { SCHEMA, SCHEMA_VERSION } from './sqlite-schema.js';
import {
  DEFAULT_LIMIT,
  type DocFilter,
  type DocSummary,
  type DocText,
  type SearchQuery,
  type Store,
  type StoredDoc,
} from './store.js';

/** The embedded store: one SQLite file in WAL mode; every write is one transaction. */
export class SqliteStore implements Store {
  readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.checkVersion(file);
    this.db.exec(SCHEMA);
  }

  private checkVersion(file: string): void {
    const hasMeta = this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'meta'").get();
    const version = hasMeta
      ? (this.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as
          | { value: string }
          | undefined)
      : undefined;
    if (hasMeta && version && Number(version.value) !== SCHEMA_VERSION)
      throw new MasarError('STORE_CORRUPT', `${file}: schema ${version.value}, expected ${SCHEMA_VERSION}`);
    if (!version) {
      this.db.exec(SCHEMA);
      this.db
        .prepare("INSERT OR REPLACE INTO meta VALUES ('schema', ?), ('revision', '0')")
        .run(String(SCHEMA_VERSION));
    }
  }

  has(contentHash: string): boolean {
    return this.db.prepare('SELECT 1 FROM inputs WHERE content_hash = ?').get(contentHash) !== undefined;
  }

  addAll(docs: StoredDoc[]): void {
    const insertInput = this.db.prepare('INSERT OR IGNORE INTO inputs VALUES (?, ?)');
    const insertDoc = this.db.prepare(
      'INSERT OR IGNORE INTO documents (id, source, outlet, title, published, doc) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertFts = this.db.prepare('INSERT INTO doc_fts (rowid, title, body) VALUES (?, ?, ?)');
    const insertEntity = this.db.prepare('INSERT OR IGNORE INTO doc_entities VALUES (?, ?)');
    this.db.transaction(() => {
      for (const { contentHash, doc } of docs) {
        insertInput.run(contentHash, doc.id);
        const title = doc.data.clean?.title ?? '';
        const added = insertDoc.run(
          doc.id,
          doc.meta.source,
          outletOf(doc),
          title,
          doc.published.date,
          packDoc(doc),
        );
        if (added.changes === 0) continue;
        insertFts.run(added.lastInsertRowid, indexText(title), indexText(doc.data.clean?.text ?? ''));
        for (const key of docEntityKeys(doc)) insertEntity.run(key, added.lastInsertRowid);
      }
      this.db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'").run();
    })();
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  revision(): number {
    return Number(
      (this.db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string }).value,
    );
  }

  allDocs(): MasarDoc[] {
    const rows = this.db.prepare('SELECT doc FROM documents ORDER BY rowid').all() as { doc: Buffer }[];
    return rows.map((r) => unpackDoc(r.doc));
  }

  getDoc(id: string): MasarDoc | null {
    const row = this.db.prepare('SELECT doc FROM documents WHERE id = ?').get(id) as
      | { doc: Buffer }
      | undefined;
    return row ? unpackDoc(row.doc) : null;
  }

  getText(id: string): DocText | null {
    const row = this.db
      .prepare('SELECT id, source, outlet, title, published, doc FROM documents WHERE id = ?')
      .get(id) as (DocSummary & { doc: Buffer }) | undefined;
    if (!row) return null;
    const { doc, ...summary } = row;
    return { ...summary, text: unpackDoc(doc, { segments: false }).data.clean?.text ?? '' };
  }

  listDocs(filter: DocFilter): { total: number; docs: DocSummary[] } {
    const { where, params } = filterSql(filter);
    const sql = `SELECT d.id, d.source, d.outlet, d.title, d.published, count(*) OVER () AS total FROM documents d
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.published IS NULL, d.published, d.rowid LIMIT ? OFFSET ?`;
    const rows = this.db
      .prepare(sql)
      .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as (DocSummary & {
      total: number;
    })[];
    return {
      total: rows[0]?.total ?? this.countWhere(where, params),
      docs: rows.map(({ total: _t, ...doc }) => doc),
    };
  }

  private countWhere(where: string[], params: unknown[]): number {
    const sql = `SELECT count(*) AS n FROM documents d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    return (this.db.prepare(sql).get(...params) as { n: number }).n;
  }

  match(query: SearchQuery) {
    return matchFts(this.db, query);
  }

  setInferredDates(dates: { id: string; date: string | null }[]): void {
    const update = this.db.prepare(
      'UPDATE documents SET published = ?, inferred = 1 WHERE id = ? AND (published IS NULL OR inferred = 1)',
    );
    this.db.transaction(() => {
      for (const { id, date } of dates) update.run(date, id);
    })();
  }

  readCache(key: string): string | null {
    const row = this.db.prepare('SELECT revision, value FROM cache WHERE key = ?').get(key) as
      | { revision: number; value: Buffer }
      | undefined;
    return row && row.revision === this.revision() ? row.value.toString('utf8') : null;
  }

  writeCache(key: string, value: string): void {
    this.db
      .prepare('INSERT OR REPLACE INTO cache VALUES (?, ?, ?)')
      .run(key, this.revision(), Buffer.from(value, 'utf8'));
  }

  close(): void {
    this.db.close();
  }
}
