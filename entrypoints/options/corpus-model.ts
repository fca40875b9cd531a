/**
 * The reader's corpus as the options page sees it, as a factory over what it uses: opening the
 * IndexedDB store (extension pages share it with the background), running an import, telling
 * the background after every change (so it rebuilds its index and updates badges), a download,
 * and when the page is shown again. It holds the view (`CorpusView`) and hands every new one
 * to `render`; `useCorpus` (use-corpus.ts) only connects it to Preact. No Preact here, so
 * tests drive it directly.
 */
import { IDLE, importFailure, type ImportState } from '@/components/options/import-state';
import type { Notice } from '@/components/options/notice';
import { strings } from '@/components/strings';
import {
  NewerSchemaError,
  type ImportProgress,
  type ImportReport,
  type UserArticle,
  type UserCorpus,
} from '@/lib/user-corpus';
import { errorText } from './page-events';

export const EXPORT_FILE = 'parallax-corpus.ndjson';

const t = strings.options;

export interface CorpusView {
  /** Newest first; null until loaded. */
  articles: UserArticle[] | null;
  unavailable: string | null;
  notice: Notice | null;
  importState: ImportState;
}

export const INITIAL_VIEW: CorpusView = {
  articles: null,
  unavailable: null,
  notice: null,
  importState: IDLE,
};

export interface CorpusModelDeps {
  open(): Promise<UserCorpus>;
  runImport(
    file: File,
    run: { corpus: UserCorpus; signal: AbortSignal; onProgress: (p: ImportProgress) => void },
  ): Promise<ImportReport>;
  /** Tell the background the corpus changed; the page works on even if it does not answer. */
  corpusChanged(): void;
  download(text: string, fileName: string): void;
  /** Calls `listener` when the page is shown again; returns how to stop. */
  onVisible(listener: () => void): () => void;
  render(view: CorpusView): void;
}

export interface CorpusModel {
  /** Open the store and list it; read it again whenever the page is shown again. */
  start(): void;
  /** The page goes away: abort an import, close the store. */
  stop(): void;
  importFile(file: File): void;
  cancelImport(): void;
  remove(article: UserArticle): void;
  clear(): void;
  exportFile(): void;
}

export function createCorpusModel(deps: CorpusModelDeps): CorpusModel {
  let view = INITIAL_VIEW;
  let store: UserCorpus | null = null;
  let running: AbortController | null = null;
  let stopped = false;
  let offVisible = () => {};

  const set = (next: Partial<CorpusView>) => {
    if (stopped) return;
    view = { ...view, ...next };
    deps.render(view);
  };

  const refresh = async () => {
    if (store) set({ articles: (await store.all()).reverse() });
  };

  /** Run a change of the corpus; on success tell the background and show the new list. */
  async function change(body: (corpus: UserCorpus) => Promise<string>): Promise<void> {
    if (!store) return;
    try {
      set({ notice: { tone: 'ok', text: await body(store) } });
      deps.corpusChanged();
    } catch (err) {
      set({ notice: { tone: 'error', text: t.corpus.failed(errorText(err)) } });
    }
    await refresh().catch(() => undefined);
  }

  async function importFile(file: File): Promise<void> {
    const corpus = store;
    if (!corpus || running) return;
    const controller = new AbortController();
    running = controller;
    set({ notice: null, importState: { kind: 'reading', fileName: file.name } });
    try {
      const report = await deps.runImport(file, {
        corpus,
        signal: controller.signal,
        onProgress: ({ done, total }) =>
          set({ importState: { kind: 'writing', fileName: file.name, done, total } }),
      });
      set({ importState: { kind: 'done', added: report.added, duplicates: report.duplicates } });
      if (report.added > 0) {
        deps.corpusChanged();
        await refresh();
      }
    } catch (err) {
      set({ importState: importFailure(err, controller.signal.aborted) });
    } finally {
      running = null;
    }
  }

  return {
    start() {
      deps
        .open()
        .then(async (corpus) => {
          if (stopped) return corpus.close();
          store = corpus;
          await refresh();
        })
        .catch((err: unknown) =>
          set({
            unavailable:
              err instanceof NewerSchemaError ? t.corpus.newerSchema : t.corpus.unavailable(errorText(err)),
          }),
        );
      // "Add this article to my corpus" in the popup changes it too.
      offVisible = deps.onVisible(() => void refresh().catch(() => undefined));
    },
    stop() {
      stopped = true;
      offVisible();
      running?.abort();
      store?.close();
      store = null;
    },
    importFile: (file) => void importFile(file),
    cancelImport: () => running?.abort(),
    remove: (article) =>
      void change(async (corpus) => {
        await corpus.remove(article.id);
        return t.corpus.removed(article.title);
      }),
    clear: () => void change(async (corpus) => t.corpus.removedAll(await corpus.clear())),
    exportFile() {
      if (!store) return;
      store
        .exportNdjson()
        .then((text) => {
          if (text === '') set({ notice: { tone: 'ok', text: t.exporting.nothing } });
          else deps.download(text, EXPORT_FILE);
        })
        .catch((err: unknown) => set({ notice: { tone: 'error', text: t.corpus.failed(errorText(err)) } }));
    },
  };
}
