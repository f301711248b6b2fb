/**
 * The contract every Store implementation keeps (Hono-style: one suite, run against each implementation by
 * sqlite-store.test.ts and memory-store.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryWords } from '../../src/search/search-keys.js';
import type { Store } from '../../src/store/store.js';
import { tokenize } from '../../src/text/tokenize.js';
import { makeDoc, stored } from './make-doc.js';

const ids = (store: Store, query: string, filter = {}) =>
  store
    .match({ words: queryWords(query), ...filter })
    .matches.map((m) => m.id)
    .sort();

export function storeContract(name: string, open: () => Store): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(() => {
      store = open();
    });
    afterEach(() => store.close());

    it('knows an input by its content hash once it is added', () => {
      expect(store.has('h1')).toBe(false);
      store.addAll([stored(makeDoc({ id: 'd1', title: 't', text: 'نص' }), 'h1')]);
      expect(store.has('h1')).toBe(true);
    });

    it('adding the same document again changes nothing', () => {
      const doc = makeDoc({ id: 'd1', title: 't', text: 'نص' });
      store.addAll([stored(doc)]);
      store.addAll([stored(doc)]);
      expect(store.count()).toBe(1);
    });

    it('keeps one document for two inputs that clean to the same one, and knows both inputs', () => {
      const doc = makeDoc({ id: 'd1', title: 't', text: 'نص' });
      store.addAll([stored(doc, 'a'), stored(doc, 'b')]);
      expect([store.count(), store.has('a'), store.has('b')]).toEqual([1, true, true]);
    });

    it('gives back everything the story needs of a document', () => {
      const doc = makeDoc({
        id: 'd1',
        title: 'عنوان',
        text: 'التقى الوفد في أستانة يوم 2017-01-23. ثم عاد.',
        published: '2017-01-24',
        entities: [['أستانة', 'LOC']],
      });
      store.addAll([stored(doc)]);
      const back = store.getDoc('d1');
      expect(
        back && [back.data.clean, back.published, back.data.time, back.data.entities, back.data.events],
      ).toEqual([doc.data.clean, doc.published, doc.data.time, doc.data.entities, doc.data.events]);
    });

    it('gives back the sentences, and tokens equal to tokenizing the text again', () => {
      const doc = makeDoc({ id: 'd1', title: 'عنوان', text: 'جملة أولى. جملة ثانية!' });
      store.addAll([stored(doc)]);
      const segments = store.getDoc('d1')?.data.segments;
      expect([segments?.sentences, segments?.tokens.map((t) => t.text)]).toEqual([
        doc.data.segments?.sentences,
        tokenize(doc.data.clean?.text ?? '').map((t) => t.text),
      ]);
    });

    it('answers null for an unknown document', () => {
      expect(store.getDoc('nope')).toBeNull();
    });

    it('stores nothing of a batch when one document in it fails', () => {
      const bad = makeDoc({ id: 'd2', title: 't', text: 'نص' });
      (bad.data as Record<string, unknown>).broken = 1n; // not serializable
      expect(() =>
        store.addAll([stored(makeDoc({ id: 'd1', title: 't', text: 'نص' })), stored(bad)]),
      ).toThrow();
      expect([store.count(), store.has('hash-d1')]).toEqual([0, false]);
    });

    it('gives a cached value back at the same revision and forgets it after a write', () => {
      store.writeCache('k', 'v');
      const before = store.readCache('k');
      store.addAll([stored(makeDoc({ id: 'd1', title: 't', text: 'نص' }))]);
      expect([before, store.readCache('k')]).toEqual(['v', null]);
    });

    describe('listing and search', () => {
      beforeEach(() => {
        store.addAll([
          stored(
            makeDoc({
              id: 'a',
              title: 'محادثات الأستانة',
              text: 'انطلقت المحادثات في الأستانة.',
              published: '2017-01-23',
              siteName: 'Outlet A',
              entities: [['الأستانة', 'LOC']],
            }),
          ),
          stored(
            makeDoc({
              id: 'b',
              title: 'جولة جديدة',
              text: 'وفد المعارضة يصل استانا اليوم ويلتقي الوفد الروسي ببيروت.',
              published: '2017-05-03',
              siteName: 'Outlet B',
              entities: [['ببيروت', 'LOC']],
            }),
          ),
          stored(
            makeDoc({
              id: 'c',
              title: 'خبر',
              text: 'قال مسؤول إن وأستانا ستستضيف الجولة، وآستانة مدينة.',
              published: '2017-12-20',
              source: 'https://news.example/c',
            }),
          ),
          stored(
            makeDoc({
              id: 'd',
              title: 'خبر آخر',
              text: 'لا علاقة لهذا الخبر بالمدينة.',
              source: 'https://news.example/d',
            }),
          ),
        ]);
      });

      it('lists documents by publication date, undated last, with the total', () => {
        const { total, docs } = store.listDocs({ limit: 3 });
        expect([total, docs.map((d) => d.id)]).toEqual([4, ['a', 'b', 'c']]);
      });

      it('filters a listing by date range (inclusive)', () => {
        expect(store.listDocs({ from: '2017-01-23', to: '2017-05-03' }).docs.map((d) => d.id)).toEqual([
          'a',
          'b',
        ]);
      });

      it('filters a listing by outlet name in any case, or by part of the source', () => {
        expect([
          store.listDocs({ source: 'outlet b' }).docs.map((d) => d.id),
          store.listDocs({ source: 'news.example/d' }).docs.map((d) => d.id),
        ]).toEqual([['b'], ['d']]);
      });

      it('lists and filters an undated document by the day the story inferred for it', () => {
        store.setInferredDates([{ id: 'd', date: '2017-06-01' }]);
        expect(
          store.listDocs({ from: '2017-05-04', to: '2017-12-31' }).docs.map((x) => [x.id, x.published]),
        ).toEqual([
          ['d', '2017-06-01'],
          ['c', '2017-12-20'],
        ]);
      });

      it('never replaces a stated date with an inferred one, nor changes the revision', () => {
        const revision = store.revision();
        store.setInferredDates([{ id: 'a', date: '2020-01-01' }]);
        expect([store.getText('a')?.published, store.revision()]).toEqual(['2017-01-23', revision]);
      });

      it('finds every spelling of a name: الأستانة، استانا، وأستانا، آستانة for أستانة', () => {
        expect(ids(store, 'أستانة')).toEqual(['a', 'b', 'c']);
      });

      it('requires every query word', () => {
        expect(ids(store, 'أستانة المعارضة')).toEqual(['b']);
      });

      it('finds nothing for a word no document holds', () => {
        expect(store.match({ words: queryWords('كوكب') })).toEqual({ total: 0, matches: [] });
      });

      it('ranks a title match above a body match', () => {
        expect(store.match({ words: queryWords('محادثات') }).matches[0].id).toBe('a');
      });

      it('filters matches by an entity, spelling variants and clitics included', () => {
        expect([
          ids(store, 'الوفد', { entity: ['بيروت'] }),
          ids(store, 'أستانة', { entity: ['أستانة'] }),
        ]).toEqual([['b'], ['a']]);
      });

      it('filters matches by date range and source', () => {
        expect([
          ids(store, 'أستانة', { from: '2017-05-01' }),
          ids(store, 'أستانة', { source: 'Outlet A' }),
        ]).toEqual([['b', 'c'], ['a']]);
      });

      it('pages matches and keeps the total', () => {
        const page = store.match({ words: queryWords('أستانة'), limit: 1, offset: 1 });
        expect([page.total, page.matches.length]).toEqual([3, 1]);
      });
    });
  });
}
