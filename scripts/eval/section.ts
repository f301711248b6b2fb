/** One section of docs/evaluation.md: produced by one area's evaluator, run by scripts/eval/index.ts. */
export interface EvalSection {
  title: string;
  /** The command that reproduces the figures, e.g. `npm run eval -- ner`. */
  command: string;
  /** Markdown body: tables of figures, notes on the gold data. */
  markdown: string;
  /** The headline figures, also written to out/eval.json. */
  figures: Record<string, number>;
}

export interface Evaluator {
  /** Short name used on the command line: `npm run eval -- <name>`. */
  name: string;
  run(): Promise<EvalSection | null>; // null: the data in ../shared is absent
}
