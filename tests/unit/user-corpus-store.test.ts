// The reader's corpus in IndexedDB: what is added stays, duplicates are refused, changes are heard.
import { describe, expect, it } from 'vitest';
import { openUserCorpus, type CorpusChange } from '../../lib/user-corpus';
import { article, freshCorpus, FIXED_NOW } from './user-corpus-helpers';

describe('user corpus: add, get, remove', () => {
  it('stores an added article with origin "user" and when it was added', async () => {
    const { corpus } = await freshCorpus();
    const result = await corpus.add({ ...article('a'), outlet: 'The Gazette', date: null });
    expect(result.added).toBe(true);
    expect(await corpus.get('a')).toMatchObject({
      id: 'a',
      title: 'Council votes on a',
      outlet: 'The Gazette',
      origin: 'user',
      addedAt: '2025-04-08T10:30:00.000Z',
    });
    expect(await corpus.count()).toBe(1);
    expect(await corpus.get('missing')).toBeNull();
  });

  it('refuses the same id or the same text (ignoring case and spacing) and says which article it repeats', async () => {
    const { corpus } = await freshCorpus();
    await corpus.add(article('a'));
    expect(await corpus.add({ ...article('a'), text: 'Another text entirely.' })).toEqual({
      added: false,
      duplicate: 'id',
      of: 'a',
      source: 'user',
    });
    const sameText = { ...article('b'), text: article('a').text.toUpperCase().replace(/ /g, '  ') };
    expect(await corpus.add(sameText)).toEqual({ added: false, duplicate: 'text', of: 'a', source: 'user' });
    expect(await corpus.count()).toBe(1);
  });

  it('refuses one article more than the corpus can hold, as an import would, and keeps what it holds', async () => {
    const { corpus } = await freshCorpus({ maxArticles: 2 });
    expect((await corpus.add(article('a'))).added).toBe(true);
    expect((await corpus.add(article('b'))).added).toBe(true);
    expect(await corpus.add(article('c'))).toEqual({ added: false, full: true, limit: 2 });
    expect(await corpus.count()).toBe(2);
    expect(await corpus.get('c')).toBeNull();
    // A duplicate is still told as a duplicate, not as a full corpus.
    expect(await corpus.add(article('a'))).toMatchObject({ duplicate: 'id' });
    await corpus.remove('a');
    expect((await corpus.add(article('c'))).added).toBe(true);
  });

  it('treats the bundled corpus as present: its ids and texts are duplicates', async () => {
    const bundled = [{ id: 'seed-000', text: 'The bundled report of the flood.' }];
    const { corpus } = await freshCorpus({ bundled });
    expect(await corpus.add(article('seed-000'))).toMatchObject({ duplicate: 'id', source: 'bundled' });
    expect(await corpus.add({ id: 'mine', text: 'the bundled  report of the flood.' })).toMatchObject({
      duplicate: 'text',
      of: 'seed-000',
      source: 'bundled',
    });
    expect(await corpus.count()).toBe(0);
  });

  it('validates an added article like a corpus file does', async () => {
    const { corpus } = await freshCorpus();
    await expect(corpus.add({ ...article('a'), date: 'last Tuesday' } as never)).rejects.toMatchObject({
      name: 'ImportError',
      problems: [{ line: null, message: expect.stringContaining('field "date" must be an ISO 8601 date') }],
    });
    expect(await corpus.count()).toBe(0);
  });

  it('lists articles in the order they were added, removes one or all', async () => {
    const { corpus } = await freshCorpus();
    for (const id of ['z', 'a', 'm']) await corpus.add(article(id));
    expect((await corpus.all()).map((a) => a.id)).toEqual(['z', 'a', 'm']);
    expect(await corpus.remove('a')).toBe(true);
    expect(await corpus.remove('a')).toBe(false);
    expect((await corpus.all()).map((a) => a.id)).toEqual(['z', 'm']);
    expect(await corpus.clear()).toBe(2);
    expect(await corpus.all()).toEqual([]);
  });

  it('tells listeners of committed changes, to keep the match index current', async () => {
    const { corpus } = await freshCorpus();
    const changes: CorpusChange[] = [];
    const stop = corpus.onChange((c) => changes.push(c));
    await corpus.add(article('a'));
    await corpus.add(article('a')); // duplicate: no change
    await corpus.importText(JSON.stringify([article('b'), article('c')]));
    await corpus.remove('b');
    await corpus.clear();
    stop();
    await corpus.add(article('d'));
    expect(
      changes.map((c) => (c.type === 'added' ? `+${c.articles.map((a) => a.id)}` : `-${c.ids}`)),
    ).toEqual(['+a', '+b,c', '-b', '-a,c']);
  });

  it('survives closing and reopening (a browser restart)', async () => {
    const { corpus, idb } = await freshCorpus();
    await corpus.add(article('a'));
    corpus.close();
    const reopened = await openUserCorpus(idb, 'parallax-test', { now: FIXED_NOW });
    expect((await reopened.all()).map((a) => a.id)).toEqual(['a']);
    await reopened.add(article('b'));
    expect((await reopened.all()).map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('user corpus: wire copy', () => {
  it("adds another outlet's copy of a stored or bundled text, marked identical to it; refuses the same article again", async () => {
    const bundled = [{ id: 'seed-ap', text: 'The AP report of the flood.', outlet: 'AP', url: null }];
    const { corpus } = await freshCorpus({ bundled });
    const copy = await corpus.add({
      id: 'yahoo',
      text: 'the AP report  of the flood.',
      outlet: 'Yahoo News',
    });
    expect(copy).toMatchObject({ added: true, article: { id: 'yahoo', identicalTo: 'seed-ap' } });
    expect(await corpus.add({ id: 'ap-2', text: 'The AP report of the flood.', outlet: 'AP' })).toMatchObject(
      {
        duplicate: 'text',
        of: 'seed-ap',
        source: 'bundled',
      },
    );

    await corpus.add({ ...article('a'), outlet: 'Reuters', url: 'https://reuters.com/a' });
    const second = await corpus.add({ ...article('b'), text: article('a').text, outlet: 'The Guardian' });
    expect(second).toMatchObject({ added: true, article: { identicalTo: 'a' } });
    expect(
      await corpus.add({
        ...article('c'),
        text: article('a').text,
        outlet: 'reuters',
        url: 'https://www.reuters.com/a/',
      }),
    ).toEqual({ added: false, duplicate: 'text', of: 'a', source: 'user' });
    expect((await corpus.get('b'))?.identicalTo).toBe('a');
    expect(await corpus.count()).toBe(3);
  });

  it('imports copies of stored texts from other outlets; a re-import of the same articles adds nothing', async () => {
    const { corpus } = await freshCorpus();
    await corpus.add({ ...article('a'), outlet: 'Reuters', url: 'https://reuters.com/a' });
    const text = [
      { ...article('b'), text: article('a').text, outlet: 'The Guardian', url: 'https://theguardian.com/b' },
      { ...article('c'), text: article('a').text, outlet: 'Reuters', url: 'https://reuters.com/a' },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n');
    const report = await corpus.importText(text);
    expect(report.ids).toEqual(['b']);
    expect(report.duplicates).toEqual([{ line: 2, id: 'c', reason: 'text', of: 'a', source: 'user' }]);
    expect((await corpus.get('b'))?.identicalTo).toBe('a');
    // The same file again, under other ids: the same articles, so duplicates.
    const again = await corpus.importText(text.replace('"id":"b"', '"id":"b2"'));
    expect(again.ids).toEqual([]);
    expect(again.duplicates.map((d) => [d.id, d.of])).toEqual([
      ['b2', 'b'],
      ['c', 'a'],
    ]);
  });
});
