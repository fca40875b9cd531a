// @vitest-environment happy-dom
// The options page wired to a real corpus store (fake IndexedDB) and a stand-in background.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { openUserCorpus, serveImports } from '@/lib/user-corpus';
import { portPair } from './port-pair';
import { article, ndjson } from './user-corpus-helpers';

const sent = vi.hoisted(() => [] as { type: string; payload: unknown }[]);
vi.mock('@/utils/messaging', () => ({
  listen: () => () => {},
  send: vi.fn(async (type: string, payload: { settings?: Settings }) => {
    sent.push({ type, payload });
    if (type === 'ui/get-settings') return DEFAULT_SETTINGS;
    // Sources (tests/unit/options-sources.test.tsx covers it): an empty live status.
    if (type === 'ui/live-status')
      return {
        outlets: [],
        progress: null,
        lastRefreshAt: null,
        nextRefreshAt: null,
        usage: { articles: 0, bytes: 0 },
        historyArticles: 0,
        error: null,
      };
    if (type === 'ui/set-settings') return payload.settings;
    if (type === 'ui/corpus-changed') return { size: 0 };
    throw new Error(`unexpected message ${type}`);
  }),
}));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  sent.length = 0;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Choose `file` in the import input. */
function choose(file: File): void {
  const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function stored(): Promise<string[]> {
  const corpus = await openUserCorpus(indexedDB, 'parallax');
  const ids = (await corpus.all()).map((a) => a.id);
  corpus.close();
  return ids;
}

const count = () => screen.getByTestId('corpus-count').getAttribute('data-count');

describe('the options page', () => {
  it('imports a file into the corpus, lists it, and tells the background', async () => {
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    choose(new File([ndjson([article('a'), article('b')])], 'mine.ndjson'));
    await waitFor(() => expect(count()).toBe('2'));
    expect(screen.getByTestId('import-result').textContent).toContain('Imported 2 articles.');
    expect(sent.map((m) => m.type)).toContain('ui/corpus-changed');
    expect(await stored()).toEqual(['a', 'b']);
  });

  it('imports nothing from a bad file and names each line', async () => {
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    const bad = `${JSON.stringify(article('a'))}\n{not json\n${JSON.stringify({ id: 'c', title: 'No text' })}\n`;
    choose(new File([bad], 'bad.ndjson'));
    const problems = await screen.findAllByTestId('import-problem');
    expect(problems.map((p) => p.textContent?.slice(0, 7))).toEqual(['Line 2:', 'Line 3:']);
    expect(problems[1]!.textContent).toContain('text');
    expect(within(screen.getByTestId('import')).getByRole('alert').textContent).toContain(
      'your corpus is unchanged',
    );
    expect(count()).toBe('0');
    expect(sent.map((m) => m.type)).not.toContain('ui/corpus-changed');
    expect(await stored()).toEqual([]);
  });

  it('names the line that holds invalid UTF-8 instead of importing it changed', async () => {
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    const line = (a: object) => new TextEncoder().encode(`${JSON.stringify(a)}\n`);
    const latin1 = new TextEncoder().encode(JSON.stringify(article('b'))).map((c) => (c === 0x65 ? 0xe9 : c));
    choose(new File([line(article('a')), latin1, new Uint8Array([10]), line(article('c'))], 'latin1.ndjson'));
    const problems = await screen.findAllByTestId('import-problem');
    expect(problems.map((p) => p.textContent)).toEqual([
      'Line 2: not valid UTF-8: bytes that are not UTF-8 text would be read as "\ufffd"',
    ]);
    expect(await stored()).toEqual([]);
    choose(new File([new Uint8Array([0x7b, 0, 1, 2, 0x7d])], 'binary.json'));
    await waitFor(() =>
      expect(screen.getAllByTestId('import-problem').map((p) => p.textContent)).toEqual([
        'not text (a binary file?)',
      ]),
    );
  });

  it('says how much one import takes before a file is chosen, and refuses a file beyond it', async () => {
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    expect(screen.getByTestId('import-limits').textContent).toBe(
      'Your corpus can hold up to 50,000 articles, and a file to import can be up to 100 MB.',
    );
    const input = screen.getByLabelText('Choose a file to import');
    expect(input.getAttribute('aria-describedby')).toContain('import-limits');

    const many = Array.from({ length: 50_001 }, (_, i) => JSON.stringify({ id: `a${i}`, text: 'x' }));
    choose(new File([many.join('\n')], 'many.ndjson'));
    const problems = await screen.findAllByTestId('import-problem');
    expect(problems.map((p) => p.textContent)).toEqual([
      'the file holds more than 50,000 articles, the most your corpus can hold (split it into smaller files)',
    ]);
    expect(within(screen.getByTestId('import')).getByRole('alert').textContent).toContain(
      'your corpus is unchanged',
    );

    // A file over the size limit is not even read.
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 150_000_000 });
    Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    choose(huge);
    await waitFor(() =>
      expect(screen.getAllByTestId('import-problem').map((p) => p.textContent)).toEqual([
        'the file is too large: 150 MB, and one import takes at most 100 MB (split it into smaller files)',
      ]),
    );
    expect(await stored()).toEqual([]);
  });

  it('reports duplicates and does not store them twice', async () => {
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    choose(new File([ndjson([article('a')])], 'one.ndjson'));
    await waitFor(() => expect(count()).toBe('1'));
    choose(new File([ndjson([article('a'), article('b')])], 'two.ndjson'));
    await waitFor(() => expect(count()).toBe('2'));
    expect(screen.getByTestId('import-duplicate').textContent).toBe(
      'line 1: id "a" is taken already in your corpus',
    );
    expect(await stored()).toEqual(['a', 'b']);
  });

  it('cancels an import: nothing is written', async () => {
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    let release: (text: string) => void = () => {};
    const slow = new File([''], 'slow.ndjson');
    const bytes = (text: string) => new TextEncoder().encode(text).buffer;
    const content = new Promise<string>((r) => (release = r)).then(bytes);
    Object.defineProperty(slow, 'arrayBuffer', { value: () => content });
    choose(slow);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel import' }));
    release(ndjson([article('a')]));
    await waitFor(() =>
      expect(screen.getByTestId('import-result').textContent).toBe(
        'Import cancelled; your corpus is unchanged.',
      ),
    );
    expect(await stored()).toEqual([]);
  });

  it('removes an article, and all of them after confirming', async () => {
    const corpus = await openUserCorpus(indexedDB, 'parallax');
    await corpus.importText(ndjson([article('a'), article('b'), article('c')]));
    corpus.close();
    render(<App />);
    await waitFor(() => expect(count()).toBe('3'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Council votes on b”' }));
    await waitFor(() => expect(count()).toBe('2'));
    expect(screen.getByTestId('corpus-notice').textContent).toBe('Removed “Council votes on b”.');
    fireEvent.click(screen.getByRole('button', { name: 'Remove all…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove all' }));
    await waitFor(() => expect(count()).toBe('0'));
    expect(await stored()).toEqual([]);
    expect(sent.filter((m) => m.type === 'ui/corpus-changed')).toHaveLength(2);
  });

  it('saves a changed setting through the background', async () => {
    render(<App />);
    fireEvent.click(await screen.findByLabelText('Loose'));
    await waitFor(() => expect(screen.getByTestId('settings-notice').textContent).toBe('Saved.'));
    expect(sent.find((m) => m.type === 'ui/set-settings')?.payload).toEqual({
      settings: { ...DEFAULT_SETTINGS, sensitivity: 'loose' },
    });
  });
});

/** A Worker that serves imports in this thread (the real one is a bundle Vite builds). */
function stubWorker(serve = true): { started: number; cancels: number } {
  const stats = { started: 0, cancels: 0 };
  vi.stubGlobal('Worker', function FakeWorker() {
    stats.started++;
    const [page, worker] = portPair();
    if (serve) serveImports(worker, (r) => openUserCorpus(indexedDB, r.database, { bundled: r.bundled }));
    // Not served: the script "fails to load", as a worker blocked or missing would.
    else page.postMessage = () => setTimeout(() => page.dispatchEvent(new Event('error')), 0);
    worker.addEventListener('message', (e) => {
      if ((e as MessageEvent<{ type: string }>).data.type === 'cancel') stats.cancels++;
    });
    return page;
  });
  return stats;
}

describe('the options page with an import worker', () => {
  it('imports in the worker and lists what it stored', async () => {
    const worker = stubWorker();
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    choose(new File([ndjson([article('a'), article('b'), article('a')])], 'mine.ndjson'));
    await waitFor(() => expect(count()).toBe('2'));
    expect(worker.started).toBe(1);
    const result = screen.getByTestId('import-result').textContent;
    expect(result).toContain('Imported 2 articles.');
    expect(result).toContain('line 3: id "a" is taken earlier in the file');
    expect(sent.map((m) => m.type)).toContain('ui/corpus-changed');
    expect(await stored()).toEqual(['a', 'b']);
  });

  it('shows the worker’s problems by line, and a cancel through the worker writes nothing', async () => {
    const worker = stubWorker();
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    choose(new File([`${JSON.stringify(article('a'))}\n{not json\n`], 'bad.ndjson'));
    const problems = await screen.findAllByTestId('import-problem');
    expect(problems.map((p) => p.textContent?.slice(0, 7))).toEqual(['Line 2:']);

    // The file is read once the worker has heard the cancel.
    let release: (text: string) => void = () => {};
    const content = new Promise<string>((r) => (release = r)).then((t) => new TextEncoder().encode(t).buffer);
    const slow = new File([''], 'slow.ndjson');
    Object.defineProperty(slow, 'arrayBuffer', { value: () => content });
    choose(slow);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel import' }));
    await waitFor(() => expect(worker.cancels).toBe(1));
    release(ndjson([article('a')]));
    await waitFor(() =>
      expect(screen.getByTestId('import-result').textContent).toBe(
        'Import cancelled; your corpus is unchanged.',
      ),
    );
    expect(await stored()).toEqual([]);
  });

  it('imports on the page when the worker cannot start', async () => {
    const worker = stubWorker(false);
    render(<App />);
    await waitFor(() => expect(count()).toBe('0'));
    choose(new File([ndjson([article('a')])], 'mine.ndjson'));
    await waitFor(() => expect(count()).toBe('1'));
    expect(worker.started).toBe(1);
    expect(screen.getByTestId('import-result').textContent).toContain('Imported 1 article.');
  });
});
