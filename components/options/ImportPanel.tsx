import type { CorpusProblem } from '@/lib/corpus/validate';
import { formatDuplicate, IMPORT_LIMITS } from '@/lib/user-corpus';
import { strings } from '../strings';
import { isBusy, type ImportState } from './import-state';

const t = strings.options.importing;

/** At most this many problems or duplicates are listed; the rest are counted. */
export const SHOWN = 20;

export const ACCEPT = '.json,.ndjson,.jsonl,application/json';

export interface ImportPanelProps {
  state: ImportState;
  onImport: (file: File) => void;
  onCancel: () => void;
  /** True while the corpus cannot take an import (not open yet, or failed to open). */
  disabled?: boolean;
}

/** Choosing a file, the progress of its import with a way to cancel, and the outcome. */
export function ImportPanel({ state, onImport, onCancel, disabled = false }: ImportPanelProps) {
  const busy = isBusy(state);
  const failed = state.kind === 'invalid' || state.kind === 'quota' || state.kind === 'failed';
  return (
    <div class="import" data-state={state.kind} data-testid="import">
      <h3 id="import-title">{t.title}</h3>
      <p class="hint" id="import-hint">
        {t.hint}
      </p>
      <p class="hint" id="import-limits" data-testid="import-limits">
        {t.limits(IMPORT_LIMITS.articles, IMPORT_LIMITS.bytes / 1_000_000)}
      </p>
      <label class="file-label" for="import-file">
        {t.fileLabel}
      </label>
      <input
        id="import-file"
        type="file"
        accept={ACCEPT}
        disabled={disabled || busy}
        aria-describedby="import-hint import-limits"
        data-testid="import-file"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          input.value = '';
          if (file) onImport(file);
        }}
      />
      {busy ? <Progress state={state} onCancel={onCancel} /> : null}
      {/* Both live regions stay in the page, so an outcome is announced when it appears. */}
      <div role="status">{failed ? null : <Outcome state={state} />}</div>
      <div role="alert">{failed ? <Outcome state={state} /> : null}</div>
    </div>
  );
}

function Progress({ state, onCancel }: { state: ImportState; onCancel: () => void }) {
  const writing = state.kind === 'writing' && state.total > 0 ? state : null;
  const text = writing
    ? t.progress(writing.done, writing.total)
    : t.reading(state.kind === 'reading' || state.kind === 'writing' ? state.fileName : '');
  return (
    <div class="progress" data-testid="import-progress">
      {writing ? (
        <progress
          max={writing.total}
          value={writing.done}
          aria-label={t.progressLabel}
          aria-valuetext={text}
        />
      ) : (
        <progress aria-label={t.progressLabel} aria-valuetext={text} />
      )}
      <span class="progress-text">{text}</span>
      <button type="button" class="secondary" onClick={onCancel} data-testid="cancel-import">
        {t.cancel}
      </button>
    </div>
  );
}

function Outcome({ state }: { state: ImportState }) {
  switch (state.kind) {
    case 'done':
      return (
        <div class="outcome outcome-ok" data-testid="import-result">
          <p>{t.done(state.added)}</p>
          {state.duplicates.length > 0 ? (
            <>
              <p>{t.duplicates(state.duplicates.length)}</p>
              <Lines lines={state.duplicates.map(formatDuplicate)} testId="import-duplicate" />
            </>
          ) : null}
        </div>
      );
    case 'invalid':
      return (
        <div class="outcome outcome-error" data-testid="import-result">
          <p>{t.invalid(state.problems.length)}</p>
          <Lines lines={state.problems.map(problemText)} testId="import-problem" />
          <p>
            <strong>{t.unchanged}</strong>
          </p>
        </div>
      );
    case 'cancelled':
      return (
        <p class="outcome" data-testid="import-result">
          {t.cancelled}
        </p>
      );
    case 'quota':
      return (
        <p class="outcome outcome-error" data-testid="import-result">
          {t.quota}
        </p>
      );
    case 'failed':
      return (
        <p class="outcome outcome-error" data-testid="import-result">
          {t.failed(state.detail)}
        </p>
      );
    default:
      return null;
  }
}

function problemText(p: CorpusProblem): string {
  return t.problem(p.line, p.message);
}

/** The first SHOWN lines, then how many more there are. */
function Lines({ lines, testId }: { lines: string[]; testId: string }) {
  const rest = lines.length - SHOWN;
  return (
    <ul class="problems">
      {lines.slice(0, SHOWN).map((line, i) => (
        <li key={i} data-testid={testId}>
          {line}
        </li>
      ))}
      {rest > 0 ? <li class="more">{t.more(rest)}</li> : null}
    </ul>
  );
}
