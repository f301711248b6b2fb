/**
 * A speed guard for the parsers' patterns: `(?=[…])` with every character a match can start with, put
 * before the pattern. The patterns open with a lookbehind (B in ./parser.ts), which keeps V8 from skipping
 * ahead to a possible first character: it tries the lookbehind and the alternatives at every position of
 * the text. The guard is zero-width and admits every first character the pattern can have, so the matches
 * (positions, groups) are the same; V8 then scans for those characters (about 15× faster on news text).
 *
 * The set is read from the pattern's source by a small parser of the syntax the patterns use; on anything
 * else (a negated class, `.`, a backreference, a pattern that can match the empty string) there is no guard.
 */

/** Class fragments of the first characters, and whether the part can match the empty string. */
interface First {
  chars: string[];
  empty: boolean;
}

class Unsupported extends Error {}

/** Zero-width assertions and groups of zero width: they take no character. */
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B']);
const LOOKAROUNDS = new Set(['?=', '?!', '?<=', '?<!']);
/** Class escapes and control escapes that keep their meaning inside a class. */
const CLASS_ESCAPES = new Set(['s', 'S', 'd', 'D', 'w', 'W', 'n', 't', 'r', 'f', 'v']);

class Reader {
  i = 0;
  constructor(readonly src: string) {}

  /** alternative ('|' alternative)* */
  alternation(): First {
    const out: First = { chars: [], empty: false };
    for (;;) {
      const alt = this.sequence();
      out.chars.push(...alt.chars);
      out.empty ||= alt.empty;
      if (this.src[this.i] !== '|') return out;
      this.i++;
    }
  }

  sequence(): First {
    const out: First = { chars: [], empty: true };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      // once a part takes a character, the rest of the alternative is only passed over
      if (!out.empty) {
        this.skipRest();
        break;
      }
      const atom = this.quantified();
      out.chars.push(...atom.chars);
      out.empty = atom.empty;
    }
    return out;
  }

  quantified(): First {
    const atom = this.atom();
    const q = /^(?:[?*+]|\{(?<min>\d+)(?:,\d*)?\})\??/u.exec(this.src.slice(this.i));
    if (!q) return atom;
    this.i += q[0].length;
    const min = q[0][0] === '+' ? 1 : q.groups?.min !== undefined ? Number(q.groups.min) : 0;
    return { chars: atom.chars, empty: atom.empty || min === 0 };
  }

  atom(): First {
    const ch = this.src[this.i];
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') {
      this.i++;
      return { chars: [], empty: true };
    }
    if (ch === '.' || ch === ')' || ch === undefined || '*+?{}]'.includes(ch)) throw new Unsupported(ch);
    const cp = this.src.codePointAt(this.i)!;
    const literal = String.fromCodePoint(cp);
    this.i += literal.length;
    return { chars: [/[\\\][^-]/u.test(literal) ? `\\${literal}` : literal], empty: false };
  }

  group(): First {
    const head = /^\((?<kind>\?:|\?<=|\?<!|\?=|\?!|\?<[A-Za-z_]\w*>)?/u.exec(this.src.slice(this.i))!;
    this.i += head[0].length;
    const kind = head.groups?.kind ?? '';
    if (LOOKAROUNDS.has(kind)) {
      // a lookaround takes no character: what follows it gives the first one (a superset, never fewer)
      this.skipToClose();
      return { chars: [], empty: true };
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return inner;
  }

  /** Past the ')' that closes the group the reader is in. */
  skipToClose(): void {
    for (;;) {
      this.skipRest();
      if (this.i >= this.src.length) throw new Unsupported('unclosed lookaround');
      this.i++;
      if (this.src[this.i - 1] === ')') return;
    }
  }

  /** To the next '|' or ')' of the current group (escapes, classes and inner groups passed over whole). */
  skipRest(): void {
    let depth = 0;
    while (this.i < this.src.length) {
      const ch = this.src[this.i];
      if ((ch === ')' || ch === '|') && depth === 0) return;
      if (ch === '\\') this.i += 2;
      else if (ch === '[') this.i += /^\[(?:\\.|[^\]\\])*\]/su.exec(this.src.slice(this.i))?.[0].length ?? 1;
      else {
        this.i++;
        if (ch === '(') depth++;
        if (ch === ')') depth--;
      }
    }
  }

  charClass(): First {
    const m = /^\[(?<negated>\^)?(?<body>(?:\\.|[^\]\\])*)\]/su.exec(this.src.slice(this.i));
    const body = m?.groups?.body ?? '';
    // a negated class, or a '-' at an edge that would make a range once classes are joined
    if (!m || m.groups?.negated || body === '' || body.startsWith('-') || /(?<!\\)-$/u.test(body))
      throw new Unsupported('class');
    this.i += m[0].length;
    return { chars: [body], empty: false };
  }

  escape(): First {
    const m =
      /^\\(?:(?<prop>[pP]\{[^}]+\})|(?<code>u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})|(?<one>.))/su.exec(
        this.src.slice(this.i),
      );
    if (!m) throw new Unsupported('escape');
    this.i += m[0].length;
    const one = m.groups?.one;
    if (one !== undefined) {
      if (ZERO_WIDTH_ESCAPES.has(one)) return { chars: [], empty: true };
      if (/[\p{L}\p{N}]/u.test(one) && !CLASS_ESCAPES.has(one)) throw new Unsupported(`\\${one}`);
    }
    return { chars: [m[0]], empty: false };
  }
}

const GUARDED = new WeakMap<RegExp, RegExp>();

/** `guardFirstChar`, built once per pattern. */
export function guardedPattern(pattern: RegExp): RegExp {
  const known = GUARDED.get(pattern);
  if (known) return known;
  const guarded = guardFirstChar(pattern);
  GUARDED.set(pattern, guarded);
  return guarded;
}

/** The guarded pattern (same flags), or the pattern itself when its first characters cannot be read. */
export function guardFirstChar(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('u') || pattern.flags.includes('v')) return pattern;
  try {
    const reader = new Reader(pattern.source);
    const first = reader.alternation();
    if (reader.i !== pattern.source.length || first.empty || first.chars.length === 0) return pattern;
    return new RegExp(`(?=[${[...new Set(first.chars)].join('')}])(?:${pattern.source})`, pattern.flags);
  } catch (e) {
    if (e instanceof Unsupported || e instanceof SyntaxError) return pattern;
    throw e;
  }
}
