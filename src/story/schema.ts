/**
 * The story JSON of ../shared/spec/README.md as a zod schema: the one definition that `analyze`, the API
 * and the tests validate against. Extra fields are allowed (the contract welcomes them).
 */
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const PublishedSchema = z.object({
  date: isoDay.nullable(),
  how: z.enum(['given', 'metadata', 'inferred', 'unknown']),
  range: z.object({ from: isoDay, to: isoDay }).optional(),
  evidence: z.string(),
});

export const StoryDocumentSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  title: z.string(),
  text: z.string(),
  published: PublishedSchema,
  duplicateOf: z.string().optional(),
});

const mention = z.object({ doc: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) });

export const StoryEntitySchema = z.object({
  id: z.string(),
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
  name: z.string().min(1),
  latin: z.string().min(1),
  variants: z.array(z.string()).min(1),
  /** `found`: absent for the tagger's own mentions; set by the known-name pass (src/entities/propagate) or the phrase rules (src/entities/phrases). */
  mentions: z.array(
    mention.extend({ text: z.string(), found: z.enum(['propagated', 'extended', 'phrase']).optional() }),
  ),
});

export const StoryTimexSchema = mention.extend({
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string().min(1),
  mod: z.string().optional(),
});

export const StoryEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  label: z.string(),
  labelLatin: z.string(),
  date: z.object({ start: partialDate, end: partialDate.optional() }),
  place: z.string().optional(),
  participants: z.array(z.string()),
  mentions: z.array(mention.extend({ sentence: z.string() })),
  /** Set when the event ends more than a year before the earliest report (src/story/mark-background.ts). */
  background: z.boolean().optional(),
});

export const StorySchema = z.object({
  version: z.literal(1),
  documents: z.array(StoryDocumentSchema),
  entities: z.array(StoryEntitySchema),
  timexes: z.array(StoryTimexSchema),
  events: z.array(StoryEventSchema),
});

export const TimelineSchema = z.object({ version: z.literal(1), events: z.array(StoryEventSchema) });

export type Story = z.infer<typeof StorySchema>;
export type StoryDocument = z.infer<typeof StoryDocumentSchema>;
export type StoryEntity = z.infer<typeof StoryEntitySchema>;
export type StoryTimex = z.infer<typeof StoryTimexSchema>;
export type StoryEvent = z.infer<typeof StoryEventSchema>;
