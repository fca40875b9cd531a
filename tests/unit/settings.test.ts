import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, highlightsOn, normalizeSettings, thresholdsFor } from '@/lib/settings';

describe('settings', () => {
  it('fills defaults and drops what is not valid', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({
        highlightsByDefault: 'yes',
        sensitivity: 'extreme',
        highlightsBySite: { 'a.com': false, 'b.com': 3 },
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, highlightsBySite: { 'a.com': false } });
  });

  it('lets a site override the default', () => {
    const s = { ...DEFAULT_SETTINGS, highlightsBySite: { 'a.com': false } };
    expect(highlightsOn(s, 'a.com')).toBe(false);
    expect(highlightsOn(s, 'b.com')).toBe(true);
  });

  it('shifts thresholds with sensitivity, keeping them ordered and in [0, 1]', () => {
    const base = { sameStory: 0.5, related: 0.3 };
    expect(thresholdsFor(base, 'balanced')).toEqual(base);
    const strict = thresholdsFor(base, 'strict');
    const loose = thresholdsFor(base, 'loose');
    expect(strict.sameStory).toBeGreaterThan(base.sameStory);
    expect(loose.sameStory).toBeLessThan(base.sameStory);
    for (const t of [strict, loose]) {
      expect(t.related).toBeLessThan(t.sameStory);
      expect(t.sameStory).toBeLessThanOrEqual(1);
      expect(t.related).toBeGreaterThanOrEqual(0);
    }
  });
});
