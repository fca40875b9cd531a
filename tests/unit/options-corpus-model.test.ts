// The options page's corpus model in Node: a real store in fake IndexedDB, the real import
// (no worker here, so run-import.ts's page fallback), and recorders for the background,
// downloads and what the page renders.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCorpusModel, EXPORT_FILE, type CorpusView } from '@/entrypoints/options/corpus-model';
import { runImport } from '@/entrypoints/options/run-import';
import { NewerSchemaError, openUserCorpus, type UserCorpus } from '@/lib/user-corpus';
import { article, ndjson } from './user-corpus-helpers';

let idb: IDBFactory;
let views: CorpusView[];
let changed: number;
let downloads: { text: string; fileName: string }[];
let shown: (() => void) | null;

const last = () => views.at(-1)!;
const settle = async (until: (v: CorpusView) => boolean) => {
  for (let i = 0; i < 200 && !(views.length > 0 && until(last())); i++)
    await new Promise((r) => setTimeout(r, 5));
  expect(until(last())).toBe(true);
};

function model(open: () => Promise<UserCorpus> = () => openUserCorpus(idb, 'parallax')) {
  return createCorpusModel({
    open,
    runImport: (file, run) => runImport(file, { ...run, database: 'parallax', bundled: [] }),
    corpusChanged: () => void changed++,
    download: (text, fileName) => void downloads.push({ text, fileName }),
    onVisible: (listener) => {
      shown = listener;
      return () => (shown = null);
    },
    render: (view) => void views.push(view),
  });
}

beforeEach(() => {
  idb = new IDBFactory();
  views = [];
  changed = 0;
  downloads = [];
  shown = null;
});

describe('the options page’s corpus', () => {
  it('lists the corpus newest first, and again when the page is shown after a change elsewhere', async () => {
    const m = model();
    m.start();
    await settle((v) => v.articles !== null);
    expect(last().articles).toEqual([]);
    const other = await openUserCorpus(idb, 'parallax');
    await other.add(article('a'));
    await other.add(article('b'));
    other.close();
    shown?.();
    await settle((v) => v.articles?.length === 2);
    expect(last().articles?.map((a) => a.id)).toEqual(['b', 'a']);
    expect(changed).toBe(0);
    m.stop();
    expect(shown).toBeNull();
  });

  it('imports a file with progress, tells the background once, and lists the result', async () => {
    const m = model();
    m.start();
    await settle((v) => v.articles !== null);
    m.importFile(new File([ndjson([article('a'), article('b')])], 'mine.ndjson'));
    await settle((v) => v.importState.kind === 'done' && v.articles?.length === 2);
    expect(views.map((v) => v.importState.kind)).toContain('reading');
    expect(last().importState).toEqual({ kind: 'done', added: 2, duplicates: [] });
    expect(changed).toBe(1);
    m.stop();
  });

  it('removes one article or all, says so, and tells the background each time', async () => {
    const m = model();
    m.start();
    await settle((v) => v.articles !== null);
    m.importFile(new File([ndjson([article('a'), article('b')])], 'mine.ndjson'));
    await settle((v) => v.articles?.length === 2);
    m.remove(last().articles![0]!);
    await settle((v) => v.articles?.length === 1);
    expect(last().notice).toEqual({ tone: 'ok', text: expect.stringContaining('Council votes on b') });
    m.clear();
    await settle((v) => v.articles?.length === 0);
    expect(changed).toBe(3);
    m.stop();
  });

  it('exports NDJSON, or says there is nothing to export', async () => {
    const m = model();
    m.start();
    await settle((v) => v.articles !== null);
    m.exportFile();
    await settle((v) => v.notice !== null);
    expect(downloads).toEqual([]);
    m.importFile(new File([ndjson([article('a')])], 'one.ndjson'));
    await settle((v) => v.articles?.length === 1);
    m.exportFile();
    for (let i = 0; i < 100 && downloads.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(downloads[0]?.fileName).toBe(EXPORT_FILE);
    expect(JSON.parse(downloads[0]!.text.trim()).id).toBe('a');
    m.stop();
  });

  it('says when the corpus was saved by a newer version, and renders nothing after the page went', async () => {
    const m = model(() => Promise.reject(new NewerSchemaError()));
    m.start();
    await settle((v) => v.unavailable !== null);
    expect(last().unavailable).toMatch(/newer version/);
    const late = model();
    late.start();
    late.stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(views.filter((v) => v.articles !== null)).toEqual([]);
  });
});
