/**
 * Letters and digraphs that write one foreign sound across two classes of the alternations
 * (data/names/alternations.json): Turkish c/ç as ج (the g class) or تش / چ (the ch class), so جاووش أوغلو
 * and تشاوش أوغلو are one name; g as ك or گ. Two uses:
 * - `crossFold`: the marked spellings of a word replaced by the set's plain letter (تشاوش → جاوش), so a
 *   form is also blocked under that skeleton (name-key.ts `crossBlock`);
 * - `alikeUnits`: two units (a letter or a digraph such as تش) of one class or one cross set, which the name
 *   distance charges like two letters of one class.
 * Digraphs (`DIGRAPHS`) are the multi-letter units of either table: تش.
 */
import { loadNames } from './load-names.js';

interface CrossTable {
  /** Unit → the classes it belongs to: its primary class (`as` of ALTERNATIONS) and its cross sets. */
  classes: Map<string, Set<string>>;
  /** Single letters of a cross set. */
  crossLetters: Set<string>;
  /** Multi-letter units, longest first. */
  digraphs: string[];
  /** Cross-set units other than the set's plain letter → that letter. */
  folds: [string, string][];
}
let table: CrossTable | undefined;

function crossTable(): CrossTable {
  if (table) return table;
  const { alternations, crossAlternations } = loadNames();
  const classes = new Map<string, Set<string>>();
  const add = (unit: string, id: string) => classes.set(unit, (classes.get(unit) ?? new Set()).add(id));
  for (const a of alternations) for (const unit of [...a.letters, a.as]) add(unit, `class:${a.as}`);
  crossAlternations.forEach((c, i) => {
    for (const unit of [...c.letters, c.as]) add(unit, `cross:${i}`);
  });
  const units = [...classes.keys()];
  table = {
    classes,
    crossLetters: new Set(
      crossAlternations.flatMap((c) => [...c.letters, c.as]).filter((u) => u.length === 1),
    ),
    digraphs: units.filter((u) => u.length > 1).sort((a, b) => b.length - a.length),
    folds: crossAlternations
      .flatMap((c) => c.letters.filter((l) => l !== c.as).map((l): [string, string] => [l, c.as]))
      .sort((x, y) => y[0].length - x[0].length),
  };
  return table;
}

/** The multi-letter units of the alternations (تش). */
export const digraphs = (): readonly string[] => crossTable().digraphs;

/** A word with every marked spelling of a cross set written as the set's plain letter (تشاوش → جاوش, گ → ك). */
export function crossFold(word: string): string {
  let out = word;
  for (const [from, to] of crossTable().folds) if (out.includes(from)) out = out.replaceAll(from, to);
  return out;
}

/** Whether a letter belongs to a cross set (a cheap test before `alikeUnits`). */
export const inCrossSet = (letter: string): boolean => crossTable().crossLetters.has(letter);

/** Two different units that write one sound: one class of the alternations or one cross set. */
export function alikeUnits(a: string, b: string): boolean {
  if (a === b) return false;
  const { classes } = crossTable();
  const [ca, cb] = [classes.get(a), classes.get(b)];
  if (!ca || !cb) return false;
  for (const id of ca) if (cb.has(id)) return true;
  return false;
}
