import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { storeContract } from './store-contract.js';

storeContract('SqliteStore', () => new SqliteStore(join(makeTempDir('masar-store-'), 'store.db')));
