import { tagTime } from '../../time/index.js';
import type { Stage } from '../stage.js';

/**
 * Tags time expressions and resolves them against the publication date when one is known. The story step
 * runs this again after it infers missing publication dates (see src/story/build-story.ts), so the time
 * messages of an earlier run are replaced, not repeated.
 */
export const time: Stage = {
  name: 'time',
  run(doc) {
    const text = doc.data.clean?.text;
    if (text === undefined) return;
    const reference = doc.published.date;
    doc.messages = doc.messages.filter((m) => !m.ruleId.startsWith('time:'));
    doc.data.time = { timexes: tagTime(text, reference, doc.messages), reference };
  },
};
