import { entityKeys } from '../search/entity-keys.js';
import type { DocFilter } from './store.js';

/** The WHERE conditions (over `documents d`) and their parameters for a filter. */
export function filterSql(filter: DocFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.from) {
    where.push('d.published >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('d.published <= ?');
    params.push(filter.to);
  }
  if (filter.source) {
    where.push('(d.outlet = ? COLLATE NOCASE OR instr(lower(d.source), lower(?)) > 0)');
    params.push(filter.source, filter.source);
  }
  if (filter.entity && filter.entity.length > 0) {
    const keys = [...new Set(filter.entity.flatMap(entityKeys))];
    where.push(
      keys.length === 0
        ? '0'
        : `d.rowid IN (SELECT doc FROM doc_entities WHERE key IN (${keys.map(() => '?').join(',')}))`,
    );
    params.push(...keys);
  }
  return { where, params };
}
