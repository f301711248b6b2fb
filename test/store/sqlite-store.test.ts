import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { storeContract } from './store-contract.js';

storeContract(
  'SqliteStore',
  () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'masar-store-')), 'store.db')),
);
