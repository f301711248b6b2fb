import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/io/read-inputs.js';
import { runBatch } from '../../src/pipeline/index.js';

const FURNITURE = 'هذه النشرة تصدر عن مكتب التحرير في المدينة كل صباح من أيام العمل الأسبوعية.';
const BODIES = [
  'أعلنت وزارة الصحة أمس افتتاح مستشفى جديد في شمال البلاد يضم مئتي سرير وقسما للطوارئ.',
  'قالت بلدية العاصمة إنها ستبدأ الأسبوع المقبل أعمال صيانة الطرق الرئيسية في وسط المدينة القديمة.',
  'وقعت الحكومة اتفاقا مع شركة محلية لبناء محطة لتحلية المياه على الساحل الجنوبي خلال عامين.',
];

function page(title: string, body: string): Buffer {
  return Buffer.from(`${title}\n\n${body}\n\n${FURNITURE}\n`, 'utf8');
}

describe('runBatch', () => {
  it('keeps a prose line that occurs in one page only', () => {
    const [doc] = runBatch([newDoc('a.txt', { raw: page('عنوان أول للخبر', BODIES[0]) })], {});
    expect(doc.data.clean!.text).toContain(FURNITURE);
  });

  it('drops a short line repeated across three plain-text pages as furniture', () => {
    const docs = runBatch(
      BODIES.map((body, i) => newDoc(`${i}.txt`, { raw: page(`عنوان الخبر رقم ${i + 1}`, body) })),
      {},
    );
    for (const doc of docs) {
      expect(doc.data.clean!.text).not.toContain(FURNITURE);
      expect(doc.data.clean!.dropped.map((d) => d.text)).toContain(FURNITURE);
    }
  });

  it('keeps each page body while dropping the shared line', () => {
    const docs = runBatch(
      BODIES.map((body, i) => newDoc(`${i}.txt`, { raw: page(`عنوان الخبر رقم ${i + 1}`, body) })),
      {},
    );
    for (const [i, doc] of docs.entries()) expect(doc.data.clean!.text).toContain(BODIES[i]);
  });
});
