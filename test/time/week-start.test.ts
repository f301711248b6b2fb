import { describe, it } from 'vitest';
import { testSingleCase } from './helpers.js';

// ISO week 2018-W12 runs Monday 19 to Sunday 25 March 2018; its first days here are Saturday 17 to Tuesday 20.
describe('«مطلع الأسبوع» is the first days of the week, not the whole week', () => {
  it('told on Thursday 2018-03-22 it is W12 START, Saturday 17 to Tuesday 20 March', () =>
    testSingleCase('اجتمع الوزراء مطلع الأسبوع', '2018-03-22', {
      value: '2018-W12',
      mod: 'START',
      range: { from: '2018-03-17', to: '2018-03-20' },
    }));
  it('«مطلع الأسبوع المقبل» is the first days of the next week', () =>
    testSingleCase('يجتمع الوزراء مطلع الأسبوع المقبل', '2018-03-22', {
      value: '2018-W13',
      range: { from: '2018-03-24', to: '2018-03-27' },
    }));
  it('looked ahead on Saturday 2018-03-31 («من المقرر … في بداية هذا الأسبوع») it is the coming week, W14', () =>
    testSingleCase('ومن المقرر أن يعقد المجلس اجتماعا في بداية هذا الأسبوع', '2018-03-31', {
      value: '2018-W14',
      range: { from: '2018-03-31', to: '2018-04-03' },
    }));
  it('«مطلع الأسبوع الماضي» keeps the whole last week (told loosely from a later week)', () =>
    testSingleCase('الهجوم الذي استهدف المدينة مطلع الأسبوع الماضي', '2018-04-11', {
      value: '2018-W14',
      range: { from: '2018-04-02', to: '2018-04-08' },
    }));
});
