/** One section of docs/benchmarks.md: produced by one area's benchmark, run by scripts/bench/index.ts. */
export interface BenchSection {
  title: string;
  command: string;
  markdown: string;
  figures: Record<string, number>;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchSection | null>; // null: the data in ../shared is absent
}
