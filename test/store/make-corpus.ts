/** A corpus of made-up Arabic articles as jsonl, deterministic, for the build tests. */
const PEOPLE = ['سمير الحلبي', 'ليلى منصور', 'كريم داود', 'هدى سليمان'];
const PLACES = ['أستانة', 'جنيف', 'دمشق', 'عمان', 'بيروت'];
const VERBS = ['اجتمع', 'التقى', 'زار', 'وصل إلى'];
const DAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس'];

function sentence(i: number, j: number): string {
  const pick = <T>(list: T[], k: number) => list[(i * 7 + j * 3 + k) % list.length];
  return `${pick(VERBS, 0)} ${pick(PEOPLE, 1)} يوم ${pick(DAYS, 2)} في ${pick(PLACES, 3)} مع وفد من ${pick(PLACES, 4)} لبحث الجولة رقم ${i + j}.`;
}

export function makeCorpus(count: number, sentences = 12): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: sentences }, (_, j) => sentence(i, j)).join(' ');
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      JSON.stringify({
        id: `a${i}`,
        title: `تقرير رقم ${i} عن المحادثات`,
        text,
        published: `2017-03-${day}`,
        source: 'made-up',
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
