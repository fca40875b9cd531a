import type { LiveStatus } from '@/lib/protocol';
import { REFRESH_CHOICES, RETENTION_DAY_CHOICES, RETENTION_MB_CHOICES, type Settings } from '@/lib/settings';
import { strings } from '../strings';

const t = strings.options.sources;

export interface LiveSettingsProps {
  settings: Settings;
  onChange: (next: Settings) => void;
  status: LiveStatus | null;
  onForgetHistory: () => void;
}

const scheduleLabel = (m: number | null) => (m === null ? t.manual : t.every(m));

/** The schedule, retention (days and megabytes), storage used, and the reader's own reading. */
export function LiveSettings({ settings, onChange, status, onForgetHistory }: LiveSettingsProps) {
  return (
    <div class="live-settings" data-testid="live-settings">
      <h3>{t.scheduleTitle}</h3>
      <div class="selects">
        <label for="refresh-minutes">{t.schedule}</label>
        <select
          id="refresh-minutes"
          value={String(settings.refreshMinutes)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...settings, refreshMinutes: v === 'null' ? null : Number(v) });
          }}
          data-testid="refresh-minutes"
        >
          {REFRESH_CHOICES.map((m) => (
            <option key={String(m)} value={String(m)}>
              {scheduleLabel(m)}
            </option>
          ))}
        </select>
        <label for="retention-days">{t.retentionDays}</label>
        <select
          id="retention-days"
          value={String(settings.retentionDays)}
          onChange={(e) => onChange({ ...settings, retentionDays: Number(e.currentTarget.value) })}
          data-testid="retention-days"
        >
          {RETENTION_DAY_CHOICES.map((d) => (
            <option key={d} value={String(d)}>
              {t.days(d)}
            </option>
          ))}
        </select>
        <label for="retention-mb">{t.retentionMB}</label>
        <select
          id="retention-mb"
          value={String(settings.retentionMB)}
          onChange={(e) => onChange({ ...settings, retentionMB: Number(e.currentTarget.value) })}
          data-testid="retention-mb"
        >
          {RETENTION_MB_CHOICES.map((mb) => (
            <option key={mb} value={String(mb)}>
              {t.megabytes(mb)}
            </option>
          ))}
        </select>
      </div>
      {status ? (
        <p class="hint" data-testid="storage-used">
          {t.storage(t.bytes(status.usage.bytes), status.usage.articles)}
        </p>
      ) : null}
      <h3>{t.historyTitle}</h3>
      <KeepReadingSwitch settings={settings} onChange={onChange} describedBy="keep-reading-hint" />
      <p class="hint" id="keep-reading-hint">
        {t.keepReadingHint}
      </p>
      <div class="row">
        {status ? <span data-testid="history-count">{t.historyCount(status.historyArticles)}</span> : null}
        <button
          type="button"
          class="secondary"
          onClick={onForgetHistory}
          disabled={status !== null && status.historyArticles === 0}
          data-testid="forget-history"
        >
          {t.forget}
        </button>
      </div>
    </div>
  );
}

/** "Keep the articles I read": off by default; the options page and the welcome share it. */
export function KeepReadingSwitch({
  settings,
  onChange,
  describedBy,
}: {
  settings: Settings;
  onChange: (next: Settings) => void;
  describedBy?: string;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={settings.keepReading}
        aria-describedby={describedBy}
        onChange={(e) => onChange({ ...settings, keepReading: e.currentTarget.checked })}
        data-testid="keep-reading"
      />
      {t.keepReading}
    </label>
  );
}
