import { describe, expect, it } from 'vitest';
import { type MentionSpec, makeDoc } from './make-doc.js';

/** The participants of the first event of a one-sentence report. */
function participantsOf(text: string, mentions: MentionSpec[]): string[] {
  const doc = makeDoc('d', text, { mentions });
  const all = doc.data.entities!.mentions;
  const [event] = doc.data.events!.mentions;
  return event.participants.map((i) => all[i].text);
}

describe('the speaker of a reported event', () => {
  it('is no participant: «قال عبد الرحمن إن الطائرات شنت هجوما على البلدة»', () => {
    const text = 'وقال مدير المرصد عبد الرحمن إن الطائرات شنت هجوما على البلدة فجر اليوم.';
    expect(participantsOf(text, [{ text: 'عبد الرحمن', type: 'PER' }])).toEqual([]);
  });

  it('stays a participant when the clause is about the speaker: «أكد الوزير هانت أنه اجتمع …»', () => {
    const text = 'وأكد الوزير هانت أنه اجتمع بنظيره الفرنسي في لندن.';
    expect(participantsOf(text, [{ text: 'هانت', type: 'PER' }])).toEqual(['هانت']);
  });

  it('leaves the other participants of the clause in place', () => {
    const text = 'وقال المتحدث سامر إن الأمم المتحدة عقدت اجتماعا مع الوفد.';
    const mentions: MentionSpec[] = [
      { text: 'سامر', type: 'PER' },
      { text: 'الأمم المتحدة', type: 'ORG' },
    ];
    expect(participantsOf(text, mentions)).toEqual(['الأمم المتحدة']);
  });

  it('is no participant when named as the source after the clause: «…، بحسب المرصد السوري»', () => {
    const text = 'وشنت الطائرات غارات على البلدة، بحسب المرصد السوري لحقوق الإنسان.';
    expect(participantsOf(text, [{ text: 'المرصد السوري لحقوق الإنسان', type: 'ORG' }])).toEqual([]);
  });

  it('is no participant when named as the source before the clause: «وبحسب المرصد، فإن …»', () => {
    const text = 'وبحسب المرصد السوري، فإن قوات النظام شنت هجوما على البلدة.';
    const mentions: MentionSpec[] = [
      { text: 'المرصد السوري', type: 'ORG' },
      { text: 'قوات النظام', type: 'ORG' },
    ];
    expect(participantsOf(text, mentions)).toEqual(['قوات النظام']);
  });

  it('is no participant when the report opens with the trigger after ب: «أفاد المرصد بمقتل …»', () => {
    const text = 'وأفاد المرصد السوري بمقتل خمسة مدنيين في البلدة.';
    expect(participantsOf(text, [{ text: 'المرصد السوري', type: 'ORG' }])).toEqual([]);
  });

  it('is no participant when condemning the event: «أدان بارزاني الهجوم الصاروخي»', () => {
    const text = 'وأدان مسعود بارزاني الهجوم الصاروخي على مقر الحزب.';
    expect(participantsOf(text, [{ text: 'مسعود بارزاني', type: 'PER' }])).toEqual([]);
  });

  it('is no participant when the span names the event itself: «الاتفاق التجاري الذي وقعه الاتحاد»', () => {
    const text = 'وأشارت الصحيفة إلى الاتفاق التجاري الذي وقعه الاتحاد الأوروبي مع اليابان.';
    const mentions: MentionSpec[] = [
      { text: 'الاتفاق التجاري', type: 'ORG' },
      { text: 'الاتحاد الأوروبي', type: 'ORG' },
    ];
    expect(participantsOf(text, mentions)).toEqual(['الاتحاد الأوروبي']);
  });

  it('stays a participant when a party is named with a gathering word: «المؤتمر الشعبي العام»', () => {
    const text = 'ووقع المؤتمر الشعبي العام اتفاقا مع الحكومة.';
    expect(participantsOf(text, [{ text: 'المؤتمر الشعبي العام', type: 'ORG' }])).toEqual([
      'المؤتمر الشعبي العام',
    ]);
  });

  it('stays a participant when the name starts inside a word: «لمكتب التحقيقات الفيدرالي»', () => {
    const text = 'واجتمع الرئيس الأسبق لمكتب التحقيقات الفيدرالي بالوزير في لندن.';
    expect(participantsOf(text, [{ text: 'مكتب التحقيقات الفيدرالي', type: 'ORG' }])).toEqual([
      'مكتب التحقيقات الفيدرالي',
    ]);
  });
});
