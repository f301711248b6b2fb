import { describe, expect, it } from 'vitest';
import { cleanRecordText } from '../../src/clean/clean-record-text.js';
import { cleanPlainText } from '../../src/clean/clean-text.js';
import { findCorpusLines } from '../../src/clean/find-corpus-lines.js';
import { TEASER_EXCERPT_REASON } from '../../src/clean/mark-teaser-excerpts.js';
import { newDoc } from '../../src/io/read-inputs.js';
import { runBatch } from '../../src/pipeline/index.js';

const OWN =
  'أعلن المتحدث باسم الحكومة، الأحد، أن العملية العسكرية في المنطقة الحدودية ستستمر حتى تحقيق أهدافها كاملة.';
const TEASER = 'قد يهمك/ الأطباء يصفون قرار الهدنة بأنه حبر على ورق';
const EXCERPT =
  'ووصف أطباء يعملون داخل المنطقة المحاصرة قرار الهدنة بأنه حبر على ورق، مؤكدين أن الغارات لم تتوقف منذ صدوره.';
const GOES_ON =
  'وأضاف المتحدث أن الحكومة أبلغت الأطراف الدولية بخططها، وأنها لا تستهدف المدنيين في أي من عملياتها العسكرية.';
const shared = findCorpusLines([`${OWN}\n${TEASER}\n${EXCERPT}\n${GOES_ON}`, `${EXCERPT}`], {
  minDocs: 2,
  maxWords: Number.POSITIVE_INFINITY,
});

describe('paragraphs of a teased report', () => {
  it('drops, after a teaser, a paragraph that another input holds', () => {
    const { dropped } = cleanRecordText(`${OWN}\n${TEASER}\n${EXCERPT}\n${GOES_ON}`, '', shared);
    expect(dropped.find((d) => d.text === EXCERPT)?.reason).toBe(TEASER_EXCERPT_REASON);
  });

  it('keeps, after a teaser, a paragraph no other input holds', () => {
    expect(cleanRecordText(`${OWN}\n${TEASER}\n${EXCERPT}\n${GOES_ON}`, '', shared).text).toContain(GOES_ON);
  });

  it('keeps a shared paragraph that no teaser precedes (the report it belongs to)', () => {
    expect(cleanRecordText(`${EXCERPT}\n${OWN}`, '', shared).text).toContain(EXCERPT);
  });

  it('drops it from a plain-text page too', () => {
    const page = `عنوان الخبر اليوم\n${OWN}\n${TEASER}\n${EXCERPT}`;
    expect(cleanPlainText(page, { sharedLines: shared }).text).not.toContain(EXCERPT);
  });

  it('is done by runBatch over .jsonl records, the teased report keeping its paragraph', () => {
    const records = [`${OWN}\n${TEASER}\n${EXCERPT}`, `${EXCERPT}\n${GOES_ON}`].map((text, i) =>
      newDoc(`r${i}`, { rawText: text, meta: { source: `r${i}`, title: `عنوان ${i}` } }),
    );
    const [teasing, teased] = runBatch(records, {});
    expect([teasing.data.clean?.text.includes(EXCERPT), teased.data.clean?.text.includes(EXCERPT)]).toEqual([
      false,
      true,
    ]);
  });
});
