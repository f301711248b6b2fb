/**
 * Letter tables of the reverse transliteration (./spell-latin-name.ts): how Arabic news writes the letters of
 * a Western name, by the name's language. General knowledge of Arabic news spelling of foreign names (Al
 * Jazeera, BBC Arabic, Asharq Al-Awsat style: جونسون Johnson، شميت Schmidt، فولفغانغ Wolfgang، خوسيه José،
 * جوزيبي Giuseppe، لوران Laurent). Arabic letters folded as ./read-arabic-word.ts folds them (ف for ڤ, غ for گ); a g may be غ or ج, a j only ج.
 */
import type { Unit } from './spell-latin-name.js';

export type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'sv' | 'da' | 'nb' | 'fi';
/** An Arabic spelling and its weight: 1 usual, less possible, ≤ 0 unwritten. */
export type Weighted = [ar: string, weight: number];

const GERMANIC_J = new Set<Lang>(['de', 'nl', 'sv', 'da', 'nb', 'fi']);
const FINAL_E_SILENT = new Set<Lang>(['en', 'fr']);
const FRONT = /[eiy]/;
/** A digraph read letter by letter (a hiatus is rarer than the digraph). */
const APART = -0.25;
/** An English or French silent final e written ي or ه. */
const SILENT_E = 0.25;
const VOWEL = /[aeiouy]/;

const c = (...options: string[]): Unit => ({ kind: 'c', options });
const v = (...options: Weighted[]): Unit => ({ kind: 'v', options });

/** Digraphs and trigraphs first, by language (ch, sch, th …). */
function cluster(s: string, i: number, lang: Lang): { units: Unit[]; length: number } | null {
  const at = (t: string) => s.startsWith(t, i);
  if (at('tsch') || at('tch')) return { units: [c('تش')], length: at('tsch') ? 4 : 3 };
  if (at('sch')) return { units: [lang === 'nl' ? c('سخ', 'س', 'ش') : c('ش')], length: 3 };
  if (lang === 'it' && at('sc') && FRONT.test(s[i + 2] ?? '')) return { units: [c('ش')], length: 2 };
  if (at('ch')) {
    const options: Record<string, string[]> = {
      fr: ['ش'],
      de: ['خ', 'ش', 'ك'],
      nl: ['خ', 'ك'],
      it: ['ك'],
      es: ['تش'],
    };
    return { units: [c(...(options[lang] ?? ['تش', 'ش', 'ك']))], length: 2 };
  }
  if (at('sh') || at('sj')) return { units: [c('ش')], length: 2 };
  if (at('th')) return { units: [c('ث', 'ت', 'ذ')], length: 2 };
  if (at('ph')) return { units: [c('ف')], length: 2 };
  if (at('ck') || at('qu'))
    return { units: at('qu') ? [c('ك'), v(['و', 0.5], ['', 0])] : [c('ك')], length: 2 };
  if (at('dt') || at('tz')) return { units: [c(at('dt') ? 'ت' : 'تس')], length: 2 };
  if (at('gh')) return { units: [i > 0 && lang === 'en' ? c('', 'ف', 'غ') : c('غ')], length: 2 };
  if ((lang === 'it' || lang === 'fr') && at('gn'))
    return { units: [c('ن'), v(['ي', 1], ['', 0])], length: 2 };
  if (lang === 'es' && at('ll')) return { units: [v(['ي', 0])], length: 2 };
  if (lang === 'pt' && (at('lh') || at('nh')))
    return { units: [c(s[i] === 'l' ? 'ل' : 'ن'), v(['ي', 1])], length: 2 };
  if (lang === 'nl' && at('ij')) return { units: [v(['اي', 1], ['ي', 1])], length: 2 };
  return null;
}

/** One consonant letter at `i` in its context. */
function letter(s: string, i: number, lang: Lang): Unit[] {
  const ch = s[i];
  const next = s[i + 1] ?? '';
  const prev = s[i - 1] ?? '';
  const end = i === s.length - 1;
  switch (ch) {
    case 'c':
      if (!FRONT.test(next)) return [c('ك')];
      return [lang === 'it' ? c('تش') : lang === 'de' ? c('تس', 'س') : c('س')];
    case 'g':
      if (lang === 'nl') return [c('خ', 'غ', 'ج')];
      if (lang === 'es' && FRONT.test(next)) return [c('خ', 'ج', 'غ')];
      // the g of a final or pre-consonant ng may be unwritten (مانينغ / مانين)
      return [prev === 'n' && !VOWEL.test(next) ? c('غ', 'ج', '') : c('غ', 'ج')];
    case 'j':
      if (GERMANIC_J.has(lang)) return [v(['ي', 0])];
      return [lang === 'es' ? c('خ') : c('ج')];
    case 'h':
      // an initial h is written (the Romance names are also read without it: see ./match-western-name.ts)
      if (i === 0) return [c('ه')];
      // an h before a vowel is written, but in French (Terheiden is no تريدان)
      return [VOWEL.test(next) && lang !== 'fr' ? c('ه') : c('')];
    case 'w':
      return lang === 'de' || lang === 'nl' ? [c('ف', 'و')] : [v(['و', 0])];
    case 'y':
      return [v(['ي', 0])];
    case 'x':
      return [lang === 'es' || lang === 'pt' ? c('كس', 'خ', 'ش') : c('كس')];
    case 'z':
      return [lang === 'de' || lang === 'it' ? c('تس', 'ز') : lang === 'es' ? c('ز', 'س') : c('ز')];
    case 's':
      return [
        VOWEL.test(prev) && VOWEL.test(next) ? c('س', 'ز') : i === 0 && lang === 'de' ? c('س', 'ز') : c('س'),
      ];
    default:
      break;
  }
  const plain: Record<string, string> = { b: 'ب', p: 'ب', t: 'ت', d: 'د', f: 'ف', v: 'ف', k: 'ك', q: 'ك' };
  const more: Record<string, string> = { l: 'ل', m: 'م', n: 'ن', r: 'ر' };
  const ar = plain[ch] ?? more[ch] ?? '';
  // French final consonants are silent (Laurent لوران, Arnaud أرنو), not after a lone e (-et: بيرسيت)
  const silent = lang === 'fr' && end && 'tdsxzp'.includes(ch) && !/[^aeiou]e$/.test(s.slice(0, i));
  return [silent ? c(ar, '') : c(ar)];
}

/** The consonant units at `i` and the letters they take. */
export function CONSONANTS(s: string, i: number, lang: Lang): { units: Unit[]; length: number } {
  return cluster(s, i, lang) ?? { units: letter(s, i, lang), length: 1 };
}

const DIGRAPHS: Record<string, Weighted[]> = {
  ee: [['ي', 1]],
  ea: [
    ['ي', 1],
    ['يا', 1],
  ],
  ie: [
    ['ي', 1],
    ['يي', 2],
  ],
  ei: [
    ['ي', 1],
    ['اي', 1],
  ],
  ey: [
    ['ي', 1],
    ['اي', 0.8],
  ],
  ay: [
    ['ي', 1],
    ['اي', 1],
  ],
  ai: [
    ['ي', 1],
    ['اي', 1],
  ],
  ae: [
    ['ي', 1],
    ['ا', 1],
  ],
  oo: [['و', 1]],
  ou: [['و', 1]],
  eau: [['و', 1]],
  au: [
    ['و', 1],
    ['او', 1],
  ],
  eu: [
    ['و', 1],
    ['يو', 1],
    ['وي', 0.8],
    ['ي', 0.5],
  ],
  ow: [
    ['او', 1],
    ['و', 1],
  ],
  aw: [
    ['او', 1],
    ['و', 1],
  ],
  ew: [
    ['يو', 1],
    ['و', 1],
  ],
  oi: [
    ['وا', 1],
    ['وي', 1],
  ],
  oe: [
    ['و', 1],
    ['ي', 0.5],
  ],
  ui: [
    ['وي', 1],
    ['اي', 0.8],
  ],
  ue: [['و', 1]],
};

/** Where a vowel group stands. */
export interface VowelPlace {
  /** The last letters of the name. */
  final: boolean;
  /** The name's first vowel after a consonant: written, unless an e (Sterling: سترلينغ; Piredda is not برادا). */
  first: boolean;
  /** A final é: pronounced in every language (José: جوزيه). */
  accented: boolean;
}

/**
 * The weight of a vowel left unwritten: only a short a or e inside the name (Alexander ألكسندر, Sterling
 * سترلينغ); an unwritten i, o, u, y or final vowel says the word is another name (Makenna is not ماكين).
 */
const UNWRITTEN: Record<string, number | null> = { a: -0.3, e: -0.1, i: null, o: null, u: null, y: null };

/** One vowel letter's options. */
function oneVowel(ch: string, lang: Lang, place: VowelPlace): Weighted[] | null {
  if (!(ch in UNWRITTEN)) return null;
  const unwritten = place.final || (place.first && ch !== 'e') ? null : UNWRITTEN[ch];
  const silent: Weighted[] = unwritten === null ? [] : [['', unwritten]];
  if (ch === 'e' && place.final && !place.accented && FINAL_E_SILENT.has(lang))
    return [
      ['', 0],
      ['ي', SILENT_E],
      ['H', SILENT_E],
      ['يH', SILENT_E],
    ];
  const table: Record<string, Weighted[]> = {
    a: place.final
      ? [
          ['ا', 1],
          ['H', 1],
        ]
      : [['ا', 1]],
    e: place.final
      ? [
          ['ي', 1],
          ['H', 1],
          ['يH', 1],
        ]
      : [
          ['ي', 1],
          ['ا', 0.5],
        ],
    // English i and y are often «ai» (Tyler تايلر، Mike مايك)
    i: [
      ['ي', 1],
      ['اي', 0.5],
    ],
    o: place.final
      ? [['و', 1]]
      : [
          ['و', 1],
          ['ا', 0.5],
        ],
    u: [
      ['و', 1],
      ['ا', 0.5],
    ],
    y: [
      ['ي', 1],
      ['اي', 0.5],
    ],
  };
  return [...table[ch], ...silent];
}

/** The options of a group read inside a longer one: written spellings only, the best weight of each. */
function written(group: string, lang: Lang, place: VowelPlace): Weighted[] {
  const options =
    group.length === 1 ? (oneVowel(group, lang, place) ?? []) : (VOWELS(group, lang, place) ?? []);
  const best = new Map<string, number>();
  for (const [ar, w] of options) if (ar) best.set(ar, Math.max(best.get(ar) ?? Number.NEGATIVE_INFINITY, w));
  return [...best];
}

/**
 * Arabic options of a vowel group: one vowel's, or a group's own (DIGRAPHS) and those of its parts, each
 * written (Edouard: ou + a → وا; Emmanuel: u + e → وي); a group read in parts (a hiatus) weighs APART
 * less than its parts.
 */
export function VOWELS(group: string, lang: Lang, place: VowelPlace): Weighted[] | null {
  if (group.length === 1) return oneVowel(group, lang, place);
  if (!DIGRAPHS[group] && ![...group].every((ch) => ch in UNWRITTEN)) return null;
  const own = DIGRAPHS[group] ?? [];
  // a doubled vowel is one long vowel (Bruun: و, never ا + و)
  if (/^(?<v>[aeiou])\k<v>$/u.test(group)) return own.length > 0 ? own : written(group[0], lang, place);
  const out: Weighted[] = [...own];
  for (let k = 1; k < group.length; k++) {
    const left = written(group.slice(0, k), lang, { ...place, final: false });
    const right = written(group.slice(k), lang, { ...place, first: false });
    const hiatus = APART;
    // a digraph's own spelling weighs what the digraph says (au → او is 1, not a + u)
    for (const [a, w] of left)
      for (const [b, x] of right) if (!own.some(([ar]) => ar === a + b)) out.push([a + b, w + x + hiatus]);
  }
  return out;
}
