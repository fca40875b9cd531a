/**
 * The reader's settings as the background keeps them, in `storage.local`. Every write goes
 * through one queue, so a delta (`patch`) is applied to the latest stored settings: two
 * surfaces changing different things at once (the popup's per-site switch and the page's
 * "turn off on this site") both land.
 */
import type { Storage } from 'webextension-polyfill';
import { normalizeSettings, type Settings } from '@/lib/settings';

const KEY = 'settings';

/** A change to some settings; `highlightsBySite` is merged host by host. */
export type SettingsPatch = Partial<Settings>;

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Replace the settings; resolves with what was stored and what was there before. */
  save(settings: Settings): Promise<{ before: Settings; saved: Settings }>;
  /** Apply a delta to the stored settings, atomically with respect to the other writes. */
  patch(patch: SettingsPatch): Promise<{ before: Settings; saved: Settings }>;
}

export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  return normalizeSettings({
    ...current,
    ...patch,
    highlightsBySite: { ...current.highlightsBySite, ...(patch.highlightsBySite ?? {}) },
  });
}

export function createSettingsStore(area: Storage.StorageArea): SettingsStore {
  const load = async (): Promise<Settings> => normalizeSettings((await area.get(KEY))[KEY]);
  let queue: Promise<unknown> = Promise.resolve();
  const write = (next: (before: Settings) => Settings) => {
    const run = queue.then(async () => {
      const before = await load();
      const saved = normalizeSettings(next(before));
      await area.set({ [KEY]: saved });
      return { before, saved };
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    load,
    save: (settings) => write(() => settings),
    patch: (patch) => write((before) => mergeSettings(before, patch)),
  };
}
