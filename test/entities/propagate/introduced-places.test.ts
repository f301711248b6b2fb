import { describe, expect, it } from 'vitest';
import { findKnownMentions } from '../../../src/entities/propagate/find-known-mentions.js';
import type { EntityType, MasarDoc } from '../../../src/types.js';
import { segmentsOf } from '../phrases/segments-of.js';
import { makeDoc } from '../resolve/make-docs.js';

/** A document with its mentions and the pipeline's tokens (the pass reads the word before a place). */
function docWith(id: string, text: string, mentions: [string, EntityType][]): MasarDoc {
  const doc = makeDoc(id, text, mentions);
  doc.data.segments = segmentsOf(text);
  return doc;
}

const added = (doc: MasarDoc) =>
  (doc.data.entities?.mentions ?? []).filter((m) => m.found === 'propagated').map((m) => m.text);

const TOWN = 'سيطرت القوات على بلدة كفرسوسة أمس. وقال سكان في كفرسوسة إن القصف استمر، وخرج مئات من كفرسوسة.';

describe('places a report introduces with a place head', () => {
  it('finds the bare place in the report that introduces it, though tagged once in three', () => {
    const doc = docWith('a', TOWN, [['كفرسوسة', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual(['كفرسوسة', 'كفرسوسة']);
  });

  it('counts a place the phrase rule found after the head (found: phrase) as introduced', () => {
    const doc = docWith('a', TOWN, [['كفرسوسة', 'LOC']]);
    const [first] = doc.data.entities?.mentions ?? [];
    first.found = 'phrase';
    findKnownMentions([doc]);
    expect(added(doc)).toHaveLength(2);
  });

  it('does not carry the introduction to another report (the usual share rule holds there)', () => {
    const other = docWith('b', 'وصل النازحون إلى كفرسوسة. وغادر آخرون كفرسوسة. ثم عادوا إلى كفرسوسة.', []);
    findKnownMentions([docWith('a', 'سيطرت القوات على بلدة كفرسوسة أمس.', [['كفرسوسة', 'LOC']]), other]);
    expect(added(other)).toEqual([]);
  });

  it('needs the head right before the place: a place tagged without one does not spread', () => {
    const text = 'سيطرت القوات على كفرسوسة أمس. وقال سكان في كفرسوسة إن القصف استمر، وخرج مئات من كفرسوسة.';
    const doc = docWith('a', text, [['كفرسوسة', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual([]);
  });

  it('takes only settlement heads: the name after a dam (سد X) is the dam’s, not a place alone', () => {
    const text = 'أكد الوزير أن سد الوحدة لن يضر. وقال إن الوحدة الوطنية أهم، وإن الوحدة باقية.';
    const doc = docWith('a', text, [['الوحدة', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual([]);
  });

  it('does not read an indefinite nisba adjective after the head as an introduced place', () => {
    const text = 'اسم مدينة فارسية قديمة. وهي كلمة فارسية، وتلك فارسية أيضا.';
    const doc = docWith('a', text, [['فارسية', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual([]);
  });

  it('reads «بلده» (his country) as no head, though it shares the match key of «بلدة»', () => {
    const text = 'عاد إلى بلده كفرسوسة أمس. وقال سكان في كفرسوسة إن القصف استمر، وخرج مئات من كفرسوسة.';
    const doc = docWith('a', text, [['كفرسوسة', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual([]);
  });

  it('takes no generic word after the head as an introduced place (منطقة المعارضة)', () => {
    const text = 'قصفت الطائرات منطقة المعارضة فجرا. وقالت المعارضة إن القصف استمر، ونفت المعارضة ذلك.';
    const doc = docWith('a', text, [['المعارضة', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual([]);
  });

  it('takes no noun in construct after the head as a place (منطقة خفض التصعيد)', () => {
    const text = 'تقع منطقة خفض التصعيد شمالا. وقال إن خفض الرسوم مهم، وإن خفض الأسعار ممكن.';
    const doc = docWith('a', text, [['خفض', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual([]);
  });

  it('keeps a place followed by a participle (مدينة كفرسوسة الواقعة)', () => {
    const text =
      'دخلوا مدينة كفرسوسة الواقعة جنوبا. وقال سكان في كفرسوسة إن القصف استمر، وخرج مئات من كفرسوسة.';
    const doc = docWith('a', text, [['كفرسوسة', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual(['كفرسوسة', 'كفرسوسة']);
  });

  it('spreads a short place introduced by a head (a skeleton of two letters) only as spelt', () => {
    const text = 'قصفت الطائرات مدينة دوما فجرا. وخرج الآلاف من دوما، وقال سكان دومة الجندل شيئا آخر.';
    const doc = docWith('a', text, [['دوما', 'LOC']]);
    findKnownMentions([doc]);
    expect(added(doc)).toEqual(['دوما']);
  });
});
