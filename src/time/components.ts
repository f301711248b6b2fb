/**
 * Parsed components in chrono's shape: each one is either *stated* by the text (`assign`) or *implied*
 * from the reference date (`imply`), and remembers the tag of the parser that set it.
 */
export type Unit = 'year' | 'month' | 'day' | 'weekday' | 'week' | 'decade' | 'century' | 'hour' | 'minute';

export interface Component {
  value: number;
  stated: boolean;
  tag: string;
}

export class Components {
  readonly known: Partial<Record<Unit, Component>> = {};
  constructor(readonly tag: string) {}

  assign(unit: Unit, value: number): this {
    this.known[unit] = { value, stated: true, tag: this.tag };
    return this;
  }

  /** Sets a component only when the text has not stated it. */
  imply(unit: Unit, value: number): this {
    if (!this.known[unit]?.stated) this.known[unit] = { value, stated: false, tag: this.tag };
    return this;
  }

  get(unit: Unit): number | undefined {
    return this.known[unit]?.value;
  }

  isStated(unit: Unit): boolean {
    return this.known[unit]?.stated ?? false;
  }

  /** The stated components only, for inference without a reference date. */
  stated(): Partial<Record<Unit, number>> {
    const out: Partial<Record<Unit, number>> = {};
    for (const [unit, c] of Object.entries(this.known)) if (c?.stated) out[unit as Unit] = c.value;
    return out;
  }
}
