import { resolveMentions } from '../entities/resolve/index.js';
import type { MasarDoc } from '../types.js';
import type { StoryEntity } from './schema.js';

/** Cross-document entity resolution (src/entities/resolve): variants unified, short forms linked, Latin forms. */
export function resolveEntities(docs: MasarDoc[]): StoryEntity[] {
  return resolveMentions(docs);
}
