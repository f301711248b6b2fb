/**
 * The shared shapes of masar. One `MasarDoc` travels through every per-document stage (like unified's
 * vfile); each stage writes only its own key under `doc.data` and reports content problems as messages.
 * Offsets are UTF-16 indices into `doc.data.clean.text` (the display text), `end` exclusive.
 */

export type IsoDay = string; // YYYY-MM-DD

export interface Span {
  start: number;
  end: number;
}

export interface Message {
  /** Stable rule id, e.g. `decode:undecodable`, `time:month-pair-disagrees`. */
  ruleId: string;
  reason: string;
  severity: 'info' | 'warning' | 'error';
  /** Position in the display text when the problem has one. */
  place?: Span;
}

/** What the reader of a file knows before any analysis. */
export interface SourceMeta {
  /** Path or URL it came from. */
  source: string;
  title?: string;
  url?: string;
  /** Publication date from the input itself (jsonl field, HTML meta); not from `--published`. */
  published?: IsoDay;
  publishedHow?: 'given' | 'metadata';
  /** Where in the input `published` was read, for the evidence («the record's published field»). */
  publishedFrom?: string;
  siteName?: string;
  /** Id given by the input (jsonl `id`), kept for reference. */
  externalId?: string;
  /** The input file the document was read from (a .jsonl file holds many documents). */
  file?: string;
}

export interface CleanResult {
  title: string;
  /** The cleaned article body: what every offset points into. */
  text: string;
  /** Blocks dropped as boilerplate, kept for inspection. */
  dropped: { text: string; reason: string }[];
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

export interface Token extends Span {
  text: string;
  /** Normalized match key of the whole token (see src/text/normalize.ts). */
  norm: string;
  /** Match key with clitics stripped (prefix conjunctions/prepositions/article, pronoun suffixes). */
  stem: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the first token and one past the last in `tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Segments {
  tokens: Token[];
  sentences: Sentence[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value once resolved against the reference date; `XXXX-...` parts when unknown. */
  value: string;
  mod?: string;
  /** The parser that produced it (chrono's tag), e.g. `ar/relative-day`. */
  tag: string;
  /** Whether the value depends on the reference date (relative expressions). */
  relative: boolean;
  /** The calendar range the value covers, when it is a DATE: first and last day. */
  range?: { from: IsoDay; to: IsoDay };
  /** Opaque parsed components so the value can be re-resolved against another reference date. */
  parsed?: unknown;
}

export interface Published {
  date: IsoDay | null;
  how: 'given' | 'metadata' | 'inferred' | 'unknown';
  range?: { from: IsoDay; to: IsoDay };
  evidence: string;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Match key of the mention (normalized, clitics stripped at the edges). */
  key: string;
  sentence: number;
  /** Tagger confidence in [0, 1] when known. */
  score?: number;
  /**
   * Set when the span is not the tagger's own (src/entities/propagate): `propagated`, an untagged occurrence
   * of a name tagged elsewhere in the story; `extended`, the tagger's span widened to such a name;
   * `phrase`, added or widened by the phrase rules of the entities stage (src/entities/phrases).
   */
  found?: 'propagated' | 'extended' | 'phrase';
}

export interface EventMention extends Span {
  type: string;
  /** The trigger word(s) in the text. */
  trigger: string;
  sentence: number;
  status?: 'planned' | 'ongoing' | 'happened' | 'cancelled';
  /** Series and ordinal, e.g. «الجولة الخامسة» gives ordinal 5. */
  ordinal?: number;
  series?: string;
  /** Whether the text tells the opening or the closing of the event (a round told open and closed is one). */
  phase?: 'start' | 'end';
  /** Indices into this document's timexes / entity mentions that are arguments of the event. */
  timexes: number[];
  participants: number[];
  place?: number;
}

export interface DocData {
  decoded?: { text: string; encoding: string; format: 'txt' | 'html' | 'jsonl' };
  clean?: CleanResult;
  segments?: Segments;
  time?: { timexes: Timex[]; reference: IsoDay | null };
  entities?: { mentions: EntityMention[] };
  events?: { mentions: EventMention[] };
}

export interface MasarDoc {
  /** Stable for the same content (hash of the cleaned text and title). Set by the clean stage. */
  id: string;
  meta: SourceMeta;
  /** The raw bytes as read, before decoding. */
  raw?: Buffer;
  /** Text already decoded by the reader (jsonl records), skipping the decode stage. */
  rawText?: string;
  published: Published;
  duplicateOf?: string;
  data: DocData;
  messages: Message[];
  /** Set when the document cannot go on (undecodable, empty): it is reported and left out of the story. */
  rejected?: string;
}

export interface RunOptions {
  /** Publication date for every input that has none of its own. */
  published?: IsoDay;
  /** The window the articles come from: a prior for inference. */
  period?: { from: IsoDay; to: IsoDay };
  /** Publication dates given per input file (absolute path → day), e.g. from `--published-for`. */
  publishedFor?: Record<string, IsoDay>;
}
