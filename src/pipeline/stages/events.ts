import { extractEvents } from '../../events/extract-events.js';
import type { Stage } from '../stage.js';

/** Sentences with triggers → event mentions with their time, participant and place arguments. */
export const events: Stage = {
  name: 'events',
  run(doc) {
    const { clean, segments, time, entities } = doc.data;
    if (!segments) return;
    doc.data.events = {
      mentions: extractEvents(
        segments,
        time?.timexes ?? [],
        entities?.mentions ?? [],
        clean?.text ?? '',
        doc.published.date,
      ),
    };
  },
};
