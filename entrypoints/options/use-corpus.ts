/**
 * The reader's corpus as the options page sees it: the page opens the IndexedDB store itself
 * (extension pages share it with the background) and tells the background after every change,
 * so it rebuilds its index and updates badges. An import runs in a worker (run-import.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { IDLE, importFailure, type ImportState } from '@/components/options/import-state';
import type { Notice } from '@/components/options/notice';
import { strings } from '@/components/strings';
import type { CorpusArticle } from '@/lib/types';
import { NewerSchemaError, openUserCorpus, type UserArticle, type UserCorpus } from '@/lib/user-corpus';
import { send } from '@/utils/messaging';
import { downloadText } from './download';
import { errorText, onVisible } from './page-events';
import { runImport } from './run-import';

export const DB_NAME = 'parallax';
export const EXPORT_FILE = 'parallax-corpus.ndjson';

const t = strings.options;

export interface CorpusState {
  /** Newest first; null until loaded. */
  articles: UserArticle[] | null;
  unavailable: string | null;
  notice: Notice | null;
  importState: ImportState;
  importFile: (file: File) => void;
  cancelImport: () => void;
  remove: (article: UserArticle) => void;
  clear: () => void;
  exportFile: () => void;
}

/** Tell the background to reload the corpus; the page works on even if it does not answer. */
function corpusChanged(): void {
  send('ui/corpus-changed', {}).catch((err: unknown) => console.debug('[Parallax] corpus-changed:', err));
}

export function useCorpus(bundled: readonly CorpusArticle[]): CorpusState {
  const store = useRef<UserCorpus | null>(null);
  const running = useRef<AbortController | null>(null);
  const [articles, setArticles] = useState<UserArticle[] | null>(null);
  const [unavailable, setUnavailable] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importState, setImportState] = useState<ImportState>(IDLE);

  const refresh = useCallback(async () => {
    const corpus = store.current;
    if (corpus) setArticles((await corpus.all()).reverse());
  }, []);

  useEffect(() => {
    let closed = false;
    openUserCorpus(indexedDB, DB_NAME, { bundled })
      .then(async (corpus) => {
        if (closed) return corpus.close();
        store.current = corpus;
        await refresh();
      })
      .catch((err: unknown) =>
        setUnavailable(
          err instanceof NewerSchemaError ? t.corpus.newerSchema : t.corpus.unavailable(errorText(err)),
        ),
      );
    // "Add this article to my corpus" in the popup changes it too.
    const off = onVisible(() => void refresh().catch(() => undefined));
    return () => {
      closed = true;
      off();
      running.current?.abort();
      store.current?.close();
      store.current = null;
    };
  }, [bundled, refresh]);

  /** Run a change of the corpus; on success tell the background and show the new list. */
  const change = useCallback(
    async (body: (corpus: UserCorpus) => Promise<string>) => {
      const corpus = store.current;
      if (!corpus) return;
      try {
        setNotice({ tone: 'ok', text: await body(corpus) });
        corpusChanged();
      } catch (err) {
        setNotice({ tone: 'error', text: t.corpus.failed(errorText(err)) });
      }
      await refresh().catch(() => undefined);
    },
    [refresh],
  );

  const importFile = useCallback(
    async (file: File) => {
      const corpus = store.current;
      if (!corpus || running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setNotice(null);
      setImportState({ kind: 'reading', fileName: file.name });
      try {
        const report = await runImport(file, {
          corpus,
          database: DB_NAME,
          bundled,
          signal: controller.signal,
          onProgress: ({ done, total }) =>
            setImportState({ kind: 'writing', fileName: file.name, done, total }),
        });
        setImportState({ kind: 'done', added: report.added, duplicates: report.duplicates });
        if (report.added > 0) {
          corpusChanged();
          await refresh();
        }
      } catch (err) {
        setImportState(importFailure(err, controller.signal.aborted));
      } finally {
        running.current = null;
      }
    },
    [bundled, refresh],
  );

  return {
    articles,
    unavailable,
    notice,
    importState,
    importFile: (file) => void importFile(file),
    cancelImport: () => running.current?.abort(),
    remove: (article) =>
      void change(async (corpus) => {
        await corpus.remove(article.id);
        return t.corpus.removed(article.title);
      }),
    clear: () => void change(async (corpus) => t.corpus.removedAll(await corpus.clear())),
    exportFile: () => {
      const corpus = store.current;
      if (!corpus) return;
      corpus
        .exportNdjson()
        .then((text) => {
          if (text === '') setNotice({ tone: 'ok', text: t.exporting.nothing });
          else downloadText(text, EXPORT_FILE);
        })
        .catch((err: unknown) => setNotice({ tone: 'error', text: t.corpus.failed(errorText(err)) }));
    },
  };
}
