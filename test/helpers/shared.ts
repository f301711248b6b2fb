import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the checkout: real data that is never copied into the repo. */
export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
export const HAS_SHARED = existsSync(join(SHARED, 'seeds'));
export const SEEDS = join(SHARED, 'seeds');
export const sharedPath = (...parts: string[]) => join(SHARED, ...parts);

if (!HAS_SHARED) console.warn(`skipping tests on shared data: ${SHARED} is absent`);
