/**
 * Full-text matching in the SQLite store: the FTS5 index alone when there is no filter (joining the documents
 * table makes SQLite score through the join, several times slower), the filter as a rowid set otherwise.
 * Past RANKED_CANDIDATES matches only the most recent ones are ranked; matches are counted up to COUNT_CAP
 * (see store.ts).
 */
import type Database from 'better-sqlite3';
import { ftsExpression } from '../search/fts-query.js';
import { filterSql } from './sqlite-filter.js';
import {
  COUNT_CAP,
  DEFAULT_LIMIT,
  type Match,
  RANKED_CANDIDATES,
  type SearchQuery,
  TITLE_WEIGHT,
} from './store.js';

export function matchFts(db: Database.Database, query: SearchQuery): { total: number; matches: Match[] } {
  if (query.words.length === 0) return { total: 0, matches: [] };
  const { where, params: filterParams } = filterSql(query);
  const allowed = where.length
    ? ` AND rowid IN (SELECT d.rowid FROM documents d WHERE ${where.join(' AND ')})`
    : '';
  const condition = `doc_fts MATCH ?${allowed}`;
  const params = [ftsExpression(query.words), ...filterParams];
  const total = (
    db
      .prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM doc_fts WHERE ${condition} LIMIT ${COUNT_CAP})`)
      .get(...params) as { n: number }
  ).n;
  if (total === 0) return { total, matches: [] };
  let floor = 0;
  if (total > RANKED_CANDIDATES) {
    const row = db
      .prepare(`SELECT rowid FROM doc_fts WHERE ${condition} ORDER BY rowid DESC LIMIT 1 OFFSET ?`)
      .get(...params, RANKED_CANDIDATES - 1) as { rowid: number };
    floor = row.rowid;
  }
  const ranked = db
    .prepare(
      `SELECT rowid, -bm25(doc_fts, ${TITLE_WEIGHT}, 1.0) AS score FROM doc_fts WHERE ${condition} AND rowid >= ? ORDER BY score DESC, rowid LIMIT ? OFFSET ?`,
    )
    .all(...params, floor, query.limit ?? DEFAULT_LIMIT, query.offset ?? 0) as {
    rowid: number;
    score: number;
  }[];
  const idOf = db.prepare('SELECT id FROM documents WHERE rowid = ?').pluck();
  return { total, matches: ranked.map((r) => ({ id: idOf.get(r.rowid) as string, score: r.score })) };
}
