import type { UserArticle } from '@/lib/user-corpus';
import { outletName } from '../format';
import { strings } from '../strings';
import { ArticleList } from './ArticleList';
import { ImportPanel } from './ImportPanel';
import { isBusy, type ImportState } from './import-state';
import { NoticeLine, type Notice } from './notice';
import { RemoveAll } from './RemoveAll';

const t = strings.options.corpus;

export interface BundledSummary {
  count: number;
  /** Outlet names of the bundled articles, distinct; null for an unattributed one. */
  outlets: readonly (string | null)[];
}

export interface CorpusSectionProps {
  /** The reader's articles, newest first; null while they load or when the store failed. */
  articles: readonly UserArticle[] | null;
  /** Why the corpus could not be opened, if it could not. */
  unavailable: string | null;
  bundled: BundledSummary;
  /** The outcome of the last removal or export. */
  notice: Notice | null;
  importState: ImportState;
  onImport: (file: File) => void;
  onCancelImport: () => void;
  onRemove: (article: UserArticle) => void;
  onClear: () => void;
  onExport: () => void;
}

/** The reader's own corpus: what it holds, importing, exporting and removing. */
export function CorpusSection(props: CorpusSectionProps) {
  const { articles, unavailable, importState } = props;
  const busy = isBusy(importState);
  const ready = articles !== null && unavailable === null;
  const count = articles?.length ?? 0;
  return (
    <section class="options-section" aria-labelledby="corpus-title" data-testid="corpus">
      <h2 id="corpus-title">{t.title}</h2>
      <p class="hint">{t.intro}</p>
      {unavailable ? (
        <p class="notice notice-error" role="alert" data-testid="corpus-unavailable">
          {unavailable}
        </p>
      ) : (
        <p class="count" data-testid="corpus-count" data-count={articles === null ? undefined : count}>
          {articles === null ? strings.options.loading : t.count(count)}
        </p>
      )}
      <BundledNote bundled={props.bundled} />
      {articles ? <ArticleList articles={articles} onRemove={props.onRemove} disabled={busy} /> : null}
      <div class="row corpus-actions">
        <button
          type="button"
          class="secondary"
          disabled={!ready || count === 0}
          onClick={props.onExport}
          data-testid="export"
          aria-describedby="export-hint"
        >
          {strings.options.exporting.button}
        </button>
        <RemoveAll count={count} onConfirm={props.onClear} disabled={busy || !ready} />
      </div>
      <p class="hint" id="export-hint">
        {strings.options.exporting.hint}
      </p>
      <NoticeLine notice={props.notice} testId="corpus-notice" />
      <ImportPanel
        state={importState}
        onImport={props.onImport}
        onCancel={props.onCancelImport}
        disabled={!ready}
      />
    </section>
  );
}

function BundledNote({ bundled }: { bundled: BundledSummary }) {
  return (
    <div class="bundled" data-testid="bundled">
      <p>{t.bundledNote(bundled.count)}</p>
      <ul class="outlet-list">
        {bundled.outlets.map((outlet) => (
          <li key={outlet ?? ''} class={outlet ? undefined : 'outlet-unknown'}>
            {outletName(outlet)}
          </li>
        ))}
      </ul>
    </div>
  );
}
