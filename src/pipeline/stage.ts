import type { MasarDoc, Message, RunOptions } from '../types.js';

/** What every stage sees besides the document: the run's options. */
export interface StageContext {
  options: RunOptions;
  /** Match keys of short lines repeated across the batch (site furniture), from `runBatch`'s pre-pass. */
  corpusLines?: ReadonlySet<string>;
  /** Match keys of lines found in two or more inputs of the batch (plain text and records), from `runBatch`. */
  sharedLines?: ReadonlySet<string>;
}

/** A per-document stage: reads earlier keys of `doc.data`, writes its own, reports problems as messages. */
export interface Stage {
  name: string;
  run(doc: MasarDoc, ctx: StageContext): void;
}

export function report(doc: MasarDoc, ruleId: string, reason: string, extra: Partial<Message> = {}): void {
  doc.messages.push({ ruleId, reason, severity: 'warning', ...extra });
}

/** Marks the document as unable to go on; later stages skip it and the CLI names it with the reason. */
export function reject(doc: MasarDoc, ruleId: string, reason: string): void {
  doc.messages.push({ ruleId, reason, severity: 'error' });
  doc.rejected = reason;
}
