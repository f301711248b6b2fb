import { describe, expect, it } from 'vitest';
import { findStatus } from '../../src/events/find-status.js';
import { findTriggers } from '../../src/events/find-triggers.js';
import { makeDoc } from './make-doc.js';

function statusIn(text: string) {
  const tokens = makeDoc('d', text).data.segments!.tokens;
  const hit = findTriggers(tokens)[0];
  return findStatus(tokens, hit.first, hit.last);
}

describe('findStatus', () => {
  it.each([
    ['من المقرر أن تعقد جولة المحادثات في جنيف', 'planned'],
    ['ستعقد المحادثات في جنيف', 'planned'],
    ['ومن المنتظر أن يصل الوفد إلى عمّان', 'planned'],
    ['ومن المتوقع أن تبدأ المحادثات في جنيف', 'planned'],
    ['تبدأ غدا المحادثات في جنيف', 'planned'],
    ['ومن المقرر أن يتم الإفراج عن المعتقلين', 'planned'],
    ['انطلقت المحادثات في جنيف', 'ongoing'],
    ['اختتمت المحادثات في جنيف', 'happened'],
    ['أُلغيت المحادثات التي كانت مقررة في جنيف', 'cancelled'],
    ['أعلنت الأمم المتحدة تأجيل المحادثات في جنيف', 'cancelled'],
  ])('«%s» is %s', (text, status) => {
    expect(statusIn(text)).toBe(status);
  });

  it('gives no status when the sentence has no marker', () => {
    expect(statusIn('المحادثات في جنيف صعبة')).toBeNull();
  });

  it('takes the status of a marker verb that opens a long sentence', () => {
    expect(
      statusIn(
        'وتوصلت روسيا وإيران وتركيا في أيار في إطار الجهود الدبلوماسية المشتركة إلى اتفاق لإقامة أربع مناطق',
      ),
    ).toBe('happened');
  });
});
