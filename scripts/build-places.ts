/**
 * Builds data/places/provinces.json: the first-level divisions (provinces, governorates, states) of the
 * Arabic-speaking countries with their Arabic names, from `@countrystatecity/countries` (ODbL-1.0, the
 * countrystatecity database; devDependency used only here) and `world-countries` (which countries have
 * Arabic as an official language). Read by the phrase rules (src/entities/phrases), not by the tagger.
 *
 * The package's `native` names are partly machine-made (Ha'il given as «يشيد», Beirut as «بير», North as
 * «شمال»), so a name is kept only when its consonants agree with the English name's (see `agrees`): a
 * translated or garbled name is dropped, a transcribed one kept. Run: npm run build:places.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../data/places/provinces.json', import.meta.url));
/** The package exports no data path: its main entry sits in dist/, beside the data folder. */
const DATA = join(dirname(require.resolve('@countrystatecity/countries')), 'data');

interface State {
  name: string;
  native: string | null;
  type: string | null;
}

/** Arabic letters → consonant classes shared with English spellings; long vowels and ع carry none. */
const ARABIC_CLASS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'g',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'h',
  و: '',
  ي: '',
  ى: '',
  ا: '',
  أ: '',
  إ: '',
  آ: '',
  ء: '',
  ئ: '',
  ؤ: '',
  ع: '',
};
const LATIN_CLASS: [RegExp, string][] = [
  [/th|dh/g, 't'],
  [/sh/g, 's'],
  [/kh|gh|q|c/g, 'k'],
  [/j/g, 'g'],
  [/ou/g, 'w'],
  [/[aeiouyw'’‘`ʿʾ\s-]/g, ''],
];

function arabicSkeleton(name: string): string {
  const words = name.split(/\s+/u).map((w) => (w.startsWith('ال') ? w.slice(2) : w));
  return words
    .join('')
    .split('')
    .map((c) => ARABIC_CLASS[c] ?? '')
    .join('')
    .replace(/h/gu, '');
}

function latinSkeleton(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(?:al|el|ar|as|ad|at|az|an|ash|ad-|ath)[- ]/g, '');
  for (const [from, to] of LATIN_CLASS) s = s.replace(from, to);
  return s.replace(/h/g, '').replace(/(.)\1/g, '$1');
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * The Arabic name transcribes the English one: their consonant skeletons (h dropped: ه ح ة are often not
 * written in English) start alike and differ in at most a third of the letters; a skeleton of two letters
 * or fewer must be equal.
 */
export function agrees(arabic: string, english: string): boolean {
  const [a, e] = [
    arabicSkeleton(arabic),
    latinSkeleton(english.replace(/\s+(?:Governorate|Province|Region|District|Municipality)$/i, '')),
  ];
  if (a.length < 2 || a[0] !== e[0]) return false;
  if (Math.min(a.length, e.length) <= 2) return a === e;
  return editDistance(a, e) / Math.max(a.length, e.length) <= 0.34;
}

/**
 * Names that are also common words or other names in news text (the capital, the interior ministry, the
 * eastern, the island and the channel, white, media, net, a given name) or garbled transcriptions: left out
 * even when the consonants agree.
 */
const COMMON_WORDS = new Set([
  'العاصمة',
  'الداخلية',
  'الوسطى',
  'الشرقية',
  'الجزيرة',
  'البيضاء',
  'ميديا',
  'نعمة',
  'صافي',
  'الكاف',
  'عمران',
  'البحيرة',
  'معان',
  'مينات آش شوال',
  'دايين',
  'واكرا',
  'لورينتال',
  'بيل هيرميل',
  'ناباتيه',
]);

interface Country {
  cca2: string;
  languages: Record<string, string>;
}

function main(): void {
  const arabic = new Set(
    (require('world-countries/countries.json') as Country[])
      .filter((c) => c.languages.ara)
      .map((c) => c.cca2),
  );
  const entries: { ar: string; en: string; country: string; kind: string }[] = [];
  const dropped: string[] = [];
  for (const dir of readdirSync(DATA).sort()) {
    const code = dir.slice(dir.lastIndexOf('-') + 1);
    if (!arabic.has(code)) continue;
    const states = JSON.parse(readFileSync(join(DATA, dir, 'states.json'), 'utf8')) as State[];
    for (const s of states) {
      if (!s.native || !/\p{Script=Arabic}/u.test(s.native)) continue;
      const ar = s.native.trim().replace(/\s*(?:محافظة|ولاية|منطقة|إمارة)\s+/u, '');
      if (agrees(ar, s.name) && !COMMON_WORDS.has(ar))
        entries.push({ ar, en: s.name, country: code, kind: s.type ?? 'province' });
      else dropped.push(`${code} ${s.native} (${s.name})`);
    }
  }
  const file = {
    generatedBy: 'npm run build:places (scripts/build-places.ts); do not edit by hand',
    source:
      '@countrystatecity/countries (countrystatecity database): first-level divisions of the countries with Arabic as an official language (world-countries), native Arabic names whose consonants agree with the English name',
    license: 'ODbL-1.0 (Open Database License; contents under the Database Contents License)',
    entries,
  };
  writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`${entries.length} provinces kept, ${dropped.length} dropped:\n${dropped.join('\n')}`);
}

main();
