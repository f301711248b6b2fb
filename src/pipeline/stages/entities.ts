import { tagEntities } from '../../entities/tag-entities.js';
import type { Stage } from '../stage.js';

/** Tokens → entity mentions (PER, ORG, LOC, MISC) with offsets and match keys. */
export const entities: Stage = {
  name: 'entities',
  run(doc) {
    const { clean, segments } = doc.data;
    if (!clean || !segments) return;
    doc.data.entities = { mentions: tagEntities(clean.text, segments) };
  },
};
