import { describe, expect, it } from 'vitest';
import { type MentionSpec, makeDoc } from './make-doc.js';

const typesOf = (text: string, mentions: MentionSpec[] = []) =>
  makeDoc('d', text, { mentions, published: '2021-05-12' }).data.events!.mentions.map((e) => e.type);

describe('a capability, an aim or an attempt is no event', () => {
  it('reads «قال أمس إن بإمكان قواته السيطرة على بلدة …» as no capture, whatever its date', () => {
    const text = 'وقال القائد أمس إن بإمكان قواته السيطرة على بلدة السلمية خلال أيام.';
    expect(typesOf(text, [{ text: 'السلمية', type: 'LOC' }])).toEqual([]);
  });

  it('reads «تسعى الحكومة إلى عقد اجتماع» as no meeting', () => {
    expect(typesOf('وتسعى الحكومة إلى عقد اجتماع مع النقابات.')).toEqual([]);
  });

  it('reads «تأمل العائلات أن يتم الإفراج عن …» (a hope) as no release', () => {
    expect(typesOf('وتأمل العائلات أن يتم الإفراج عن أبنائها قبل العيد.')).toEqual([]);
  });

  it('reads «محاولة اعتقال» (an attempt) as no arrest', () => {
    expect(typesOf('وفشلت محاولة اعتقال الناشط في الحي.')).toEqual([]);
  });

  it('keeps «محاولة انقلاب» a coup: an attempted coup is one', () => {
    expect(typesOf('وشهدت البلاد محاولة انقلاب فاشلة.')).toEqual(['coup']);
  });

  it('reads «تطالب باغتيال …» (a demand) as no killing', () => {
    expect(typesOf('وخرجت مسيرة تطالب باغتيال قادة الجماعة.')).toEqual([]);
  });
});
