import { describe, expect, it } from 'vitest';
import { knownLatin, romanize } from '../../../src/entities/romanize.js';

/** Expected outputs written by hand from the rules of docs/entities.md. */
const RULES: [string, string, string][] = [
  ['article as al- and taa marbuta as -a', 'الغوطة', 'Al-Ghuta'],
  ['long vowels written', 'ميستورا', 'Mistura'],
  ['و next to ا as w', 'الداودي', 'Al-Dawdi'],
  ['ي before taa marbuta as iy', 'الكازاخستانية', 'Al-Kazakhstaniya'],
  ['ayn inside a word as a', 'شعلان', 'Shalan'],
  ['a nisba on four consonants gets an a before the last', 'الجعفري', 'Al-Jafari'],
  ['a nisba on three consonants stays', 'المصري', 'Al-Masri'],
  ['ayn dropped before ا', 'العاني', 'Al-Ani'],
  ['shadda doubles the consonant', 'عمّان', 'Amman'],
  ['harakat read when written', 'مُحَمَّد', 'Mohammed'],
  ['Russian -ov ending, a Slavic name: ج → g, و inside → o', 'بوجدانوف', 'Bogdanov'],
  ['Russian -iev ending, a Slavic name: ف → v, a three-consonant run broken by e', 'لافرنتييف', 'Lavrentiev'],
  ['Russian -ov ending, و inside a foreign word → o', 'بوريسوف', 'Borisov'],
  ['Slavic -sky ending, ف → v', 'لافيتسكي', 'Lavitsky'],
  ['a foreign given name: غ → g and a cluster before a long vowel kept', 'مارتن غريفيث', 'Martin Grifith'],
  ['a foreign given name: ج before ر → g', 'مارتن جريفيث', 'Martin Grifith'],
  ['no foreign cue (not read as a person): غ → gh and an a after the first consonant', 'غريفيث', 'Gharifith'],
  ['a compound given name written fused', 'محمد عبدالسلام', 'Mohammed Abdul Salam'],
  ['a compound given name written spaced', 'محمد عبد السلام', 'Mohammed Abdul Salam'],
  ['an a after a first consonant before another', 'شمخاني', 'Shamkhani'],
  ['a foreign onset kept', 'ستانيسلاف', 'Stanislav'],
  ['دي as de', 'دي سيلفا', 'De Silfa'],
  [
    'a Slavic given name from data/names/given-names.json: غ → g, و inside → o, a final و → u',
    'سيرغي شويغو',
    'Sergei Shoigu',
  ],
  ['a two-word given name', 'عبد الله', 'Abdullah'],
  ['a Slavic given name makes ف in the surname v', 'سيرغي سوروفيكين', 'Sergei Sorovikin'],
  ['a foreign given name: و inside the surname → o', 'إيمانويل ماكرون', 'Emmanuel Makron'],
  ['a Germanic -berg ending', 'غولدنبرج', 'Goldenberg'],
  ['the participle shape مفاعل → Mu-CaCaC', 'مبارك', 'Mubarak'],
  ['a final اء → aa', 'صنعاء', 'Sanaa'],
  ['a nisba -وي after a consonant → -awi', 'الموسوي', 'Al-Musawi'],
  ['s + consonant gets an a in a name without foreign cues', 'سلامي', 'Salami'],
  ['a stop + l onset gets an a in a name without foreign cues', 'البلوي', 'Al-Balawi'],
  ['a stop + r onset kept before a written long vowel', 'بريتوريا', 'Brituriya'],
  ['European particles in a foreign name', 'مايك فان دير هورن', 'Mike van der Horn'],
  ['تش as ch in a foreign name', 'جون كاسيتش', 'John Kasich'],
  ['إي as one i', 'الإيرانية', 'Al-Iraniya'],
  ['the verbal noun افتعال → i-CtiCaC', 'ابتسام', 'Ibtisam'],
  ['the verbal noun افتعال of a root with و → itti-CaC', 'الاتحاد', 'Al-Ittihad'],
  ['the verbal noun استفعال → isti-CCaC', 'الاستقلال', 'Al-Istiqlal'],
  ['a foreign word opening with أو → o', 'ديمتري أوتكين', 'Dmitry Otkin'],
  ['the name of God inside a name as Allah', 'أنصار الله', 'Ansar Allah'],
  ['three vowels in a row as two', 'جماعة', 'Jamaa'],
];

/** A person's name read as foreign by its spelling alone (judge-foreign-look.ts): `romanize(name, true)`. */
const PERSON_RULES: [string, string, string][] = [
  ['a foreign look: غ → g, a cluster before a long vowel kept', 'غريفيث', 'Grifith'],
  ['a foreign look: و inside → o (o more often than u in Western names)', 'دي ميستورا', 'De Mistora'],
  ['a foreign look: a doubled و is w + oo', 'بوب وودوارد', 'Bob Woodward'],
  ['a foreign look: a doubled ي is ie', 'دييغو وودوارد', 'Diego Woodward'],
  ['a foreign look: ي before a final ه is e, the ه silent', 'جوزيه مورينيو', 'Joze Morinio'],
  ['a foreign look: no break in a cluster ending in an onset (ndr)', 'أندرو برونسون', 'Andro Bronson'],
  [
    'a foreign look: و + a consonant opens Wi- (Gavin: the Western names lexicon)',
    'غافين وليامسون',
    'Gavin Wiliamson',
  ],
  ['a foreign look: ي between a consonant and ا is i', 'داميان كولينز', 'Damian Kolinz'],
  ['an Arabic letter (ح) keeps the name Arabic', 'إيهاب حماده', 'Ihab Hamadh'],
  ['an Arabic given name keeps the name Arabic', 'سليمان بولار', 'Suleiman Bular'],
];

describe('romanize: a person read as foreign by the spelling', () => {
  for (const [rule, arabic, latin] of PERSON_RULES) {
    it(`${rule}: ${arabic} → ${latin}`, () => expect(romanize(arabic, true)).toBe(latin));
  }

  it('reads no place as foreign by the spelling (دوما stays Duma)', () => {
    expect(romanize('دوما')).toBe('Duma');
  });
});

describe('romanize', () => {
  for (const [rule, arabic, latin] of RULES) {
    it(`${rule}: ${arabic} → ${latin}`, () => expect(romanize(arabic)).toBe(latin));
  }

  it('never writes Buckwalter symbols', () => {
    for (const [, arabic] of RULES) expect(romanize(arabic)).not.toMatch(/[$*<>|{}~`_]|[A-Z]{2}/);
  });
});

describe('knownLatin', () => {
  it('gives the English name of a curated alias group (data/names/org-aliases.json)', () => {
    expect(knownLatin('ORG', ['جماعة أنصار الله'])).toBe('Houthis');
  });

  it('gives the English spelling of an office-holder from data/names/latin.json', () => {
    expect(knownLatin('PER', ['ستافان دي مستورا'])).toBe('Staffan de Mistura');
  });

  it('gives the English name of a country from a spelling variant', () => {
    expect(knownLatin('LOC', ['سورية'])).toBe('Syria');
  });

  it('gives the UN envoy for Yemen from either spelling', () => {
    expect([knownLatin('PER', ['مارتن غريفيث']), knownLatin('PER', ['مارتن جريفيث'])]).toEqual([
      'Martin Griffiths',
      'Martin Griffiths',
    ]);
  });

  it('gives a UN envoy for Libya', () => {
    expect(knownLatin('PER', ['غسان سلامة'])).toBe('Ghassan Salamé');
  });

  it('finds nothing for a name no lexicon knows', () => {
    expect(knownLatin('PER', ['فلان الفلاني'])).toBeNull();
  });

  it('does not give a place name to a person', () => {
    expect(knownLatin('PER', ['سوريا'])).toBeNull();
  });
});
