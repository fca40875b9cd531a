// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/components/options/ImportPanel';
import { importFailure, type ImportState } from '@/components/options/import-state';
import { ImportError, QuotaError } from '@/lib/user-corpus';

afterEach(cleanup);

function show(state: ImportState, handlers: { onImport?: (f: File) => void; onCancel?: () => void } = {}) {
  return render(
    <ImportPanel
      state={state}
      onImport={handlers.onImport ?? (() => {})}
      onCancel={handlers.onCancel ?? (() => {})}
    />,
  );
}

describe('ImportPanel', () => {
  it('offers a labelled file input for JSON and NDJSON and hands over the chosen file', () => {
    const onImport = vi.fn();
    show({ kind: 'idle' }, { onImport });
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,.ndjson,.jsonl,application/json');
    const file = new File(['{}\n'], 'mine.ndjson');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(onImport).toHaveBeenCalledWith(file);
  });

  it('shows progress with a cancel button while writing, and the input is disabled', () => {
    const onCancel = vi.fn();
    show({ kind: 'writing', fileName: 'big.ndjson', done: 400, total: 1000 }, { onCancel });
    const bar = screen.getByRole('progressbar', { name: 'Import progress' }) as HTMLProgressElement;
    expect(bar.value).toBe(400);
    expect(bar.max).toBe(1000);
    expect(bar.getAttribute('aria-valuetext')).toBe('400 of 1000 articles written');
    expect((screen.getByLabelText('Choose a file to import') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows a busy bar while the file is read, cancellable too', () => {
    show({ kind: 'reading', fileName: 'big.ndjson' });
    expect(screen.getByTestId('import-progress').textContent).toContain('Reading big.ndjson');
    expect(screen.getByRole('button', { name: 'Cancel import' })).toBeTruthy();
  });

  it('lists each problem by line and says the corpus is unchanged', () => {
    show({
      kind: 'invalid',
      problems: [
        { line: 2, message: 'not valid JSON: Unexpected token' },
        { line: 3, message: 'missing field "text"' },
      ],
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This file has 2 problems:');
    expect(screen.getAllByTestId('import-problem').map((li) => li.textContent)).toEqual([
      'Line 2: not valid JSON: Unexpected token',
      'Line 3: missing field "text"',
    ]);
    expect(alert.textContent).toContain('Nothing was imported; your corpus is unchanged.');
  });

  it('shows at most 20 problems, then how many more', () => {
    const problems = Array.from({ length: 27 }, (_, i) => ({ line: i + 1, message: 'missing field "id"' }));
    show({ kind: 'invalid', problems });
    expect(screen.getAllByTestId('import-problem')).toHaveLength(20);
    expect(screen.getByText('and 7 more')).toBeTruthy();
  });

  it('reports what was imported and each duplicate left out', () => {
    show({
      kind: 'done',
      added: 2,
      duplicates: [{ line: 4, id: 'b', reason: 'text', of: 'a', source: 'user' }],
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Imported 2 articles.');
    expect(status.textContent).toContain('1 article was already present');
    expect(screen.getByTestId('import-duplicate').textContent).toBe(
      'line 4: "b" has the same text as "a" already in your corpus',
    );
  });

  it('says a cancelled import changed nothing, and a full disk lost nothing', () => {
    show({ kind: 'cancelled' });
    expect(screen.getByRole('status').textContent).toBe('Import cancelled; your corpus is unchanged.');
    cleanup();
    show({ kind: 'quota' });
    expect(screen.getByRole('alert').textContent).toContain('Nothing was imported');
    expect(screen.getByRole('alert').textContent).toContain('already in your corpus are unchanged');
  });

  it('renders hostile problem text as text', () => {
    const { container } = show({
      kind: 'invalid',
      problems: [{ line: 1, message: '<img src=x onerror=alert(1)>' }],
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('importFailure', () => {
  it('tells apart a bad file, a full disk, a cancel and anything else', () => {
    const problems = [{ line: 3, message: 'missing field "text"' }];
    expect(importFailure(new ImportError(problems))).toEqual({ kind: 'invalid', problems });
    expect(importFailure(new QuotaError())).toEqual({ kind: 'quota' });
    expect(importFailure(new DOMException('stop', 'AbortError'))).toEqual({ kind: 'cancelled' });
    expect(importFailure(new Error('reason of the abort'), true)).toEqual({ kind: 'cancelled' });
    expect(importFailure(new Error('disk on fire'))).toEqual({ kind: 'failed', detail: 'disk on fire' });
  });
});
