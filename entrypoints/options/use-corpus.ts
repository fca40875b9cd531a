/**
 * The options page's corpus hook: the model (corpus-model.ts) wired to the page's real parts
 * (IndexedDB, the import worker, the background, a download link) and to Preact's state.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CorpusArticle } from '@/lib/types';
import { openUserCorpus } from '@/lib/user-corpus';
import { send } from '@/utils/messaging';
import { createCorpusModel, INITIAL_VIEW, type CorpusModel, type CorpusView } from './corpus-model';
import { downloadText } from './download';
import { onVisible } from './page-events';
import { runImport } from './run-import';

export { EXPORT_FILE } from './corpus-model';
export const DB_NAME = 'parallax';

export type CorpusState = CorpusView & Omit<CorpusModel, 'start' | 'stop'>;

export function useCorpus(bundled: readonly CorpusArticle[]): CorpusState {
  const [view, setView] = useState<CorpusView>(INITIAL_VIEW);
  const model = useMemo(
    () =>
      createCorpusModel({
        open: () => openUserCorpus(indexedDB, DB_NAME, { bundled }),
        runImport: (file, run) => runImport(file, { ...run, database: DB_NAME, bundled }),
        corpusChanged: () =>
          void send('ui/corpus-changed', {}).catch((err: unknown) =>
            console.debug('[Parallax] corpus-changed:', err),
          ),
        download: downloadText,
        onVisible: (listener) => onVisible(listener),
        render: setView,
      }),
    [bundled],
  );
  useEffect(() => {
    model.start();
    return () => model.stop();
  }, [model]);
  return {
    ...view,
    importFile: model.importFile,
    cancelImport: model.cancelImport,
    remove: model.remove,
    clear: model.clear,
    exportFile: model.exportFile,
  };
}
