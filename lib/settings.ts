/**
 * The reader's settings: highlights on or off (by default and per site) and how close counts
 * as the same story. Pure: the extension keeps them in `storage.local`; this module only
 * defines them, fills defaults and validates what was stored.
 */
import type { Thresholds } from './match';

export type Sensitivity = 'strict' | 'balanced' | 'loose';

export interface Settings {
  /** Highlights on matched articles unless a site says otherwise. */
  highlightsByDefault: boolean;
  /** Per-site choice, by host name (e.g. "www.example.com"). */
  highlightsBySite: Record<string, boolean>;
  /**
   * Also mark the sentences other outlets report (a faint tint). Off by default: the page then
   * marks only what matters, details only it reports and figures that differ.
   */
  markShared: boolean;
  sensitivity: Sensitivity;
  /** Minutes between scheduled refreshes of followed outlets; null: only on "Refresh now". */
  refreshMinutes: number | null;
  /** Fetched (and kept) articles older than this many days leave storage. */
  retentionDays: number;
  /** Live storage is kept under this many megabytes, the oldest removed first. */
  retentionMB: number;
  /** "Keep the articles I read": each detected article page is kept locally (off by default). */
  keepReading: boolean;
  /** True once the first-run welcome was shown. */
  welcomed: boolean;
}

/** The schedules a reader can pick: 15 minutes to 24 hours (null: manual only). */
export const REFRESH_CHOICES: readonly (number | null)[] = [15, 30, 60, 120, 360, 720, 1440, null];
export const RETENTION_DAY_CHOICES: readonly number[] = [1, 3, 7, 14, 30, 90];
export const RETENTION_MB_CHOICES: readonly number[] = [50, 100, 200, 500, 1000];

export const DEFAULT_SETTINGS: Settings = {
  highlightsByDefault: true,
  highlightsBySite: {},
  markShared: false,
  sensitivity: 'balanced',
  refreshMinutes: 30,
  retentionDays: 14,
  retentionMB: 200,
  keepReading: false,
  welcomed: false,
};

const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'balanced', 'loose'];

/** Settings from whatever was stored (older versions, hand edits): unknown values fall back. */
export function normalizeSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const bySite: Record<string, boolean> = {};
  if (typeof s.highlightsBySite === 'object' && s.highlightsBySite !== null) {
    for (const [host, on] of Object.entries(s.highlightsBySite)) {
      if (typeof on === 'boolean' && host.length <= 253) bySite[host] = on;
    }
  }
  return {
    highlightsByDefault:
      typeof s.highlightsByDefault === 'boolean'
        ? s.highlightsByDefault
        : DEFAULT_SETTINGS.highlightsByDefault,
    highlightsBySite: bySite,
    markShared: typeof s.markShared === 'boolean' ? s.markShared : DEFAULT_SETTINGS.markShared,
    sensitivity: SENSITIVITIES.includes(s.sensitivity as Sensitivity)
      ? (s.sensitivity as Sensitivity)
      : DEFAULT_SETTINGS.sensitivity,
    refreshMinutes: REFRESH_CHOICES.includes(s.refreshMinutes as number | null)
      ? (s.refreshMinutes as number | null)
      : DEFAULT_SETTINGS.refreshMinutes,
    retentionDays: RETENTION_DAY_CHOICES.includes(s.retentionDays as number)
      ? (s.retentionDays as number)
      : DEFAULT_SETTINGS.retentionDays,
    retentionMB: RETENTION_MB_CHOICES.includes(s.retentionMB as number)
      ? (s.retentionMB as number)
      : DEFAULT_SETTINGS.retentionMB,
    keepReading: typeof s.keepReading === 'boolean' ? s.keepReading : DEFAULT_SETTINGS.keepReading,
    welcomed: typeof s.welcomed === 'boolean' ? s.welcomed : DEFAULT_SETTINGS.welcomed,
  };
}

export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.highlightsBySite[host] ?? settings.highlightsByDefault;
}

/**
 * Thresholds shifted by the sensitivity: "strict" asks more before calling two articles the
 * same story, "loose" less. The shift is a fraction of the distance to 0 or 1, so the
 * thresholds stay ordered and within [0, 1].
 */
export function thresholdsFor(base: Thresholds, sensitivity: Sensitivity): Thresholds {
  if (sensitivity === 'balanced') return base;
  const shift = (v: number) => (sensitivity === 'strict' ? v + (1 - v) * 0.25 : v * 0.8);
  return { sameStory: shift(base.sameStory), related: shift(base.related) };
}
