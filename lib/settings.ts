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
  sensitivity: Sensitivity;
}

export const DEFAULT_SETTINGS: Settings = {
  highlightsByDefault: true,
  highlightsBySite: {},
  sensitivity: 'balanced',
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
    sensitivity: SENSITIVITIES.includes(s.sensitivity as Sensitivity)
      ? (s.sensitivity as Sensitivity)
      : DEFAULT_SETTINGS.sensitivity,
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
