import browser from 'webextension-polyfill';
import { normalizeSettings, type Settings } from '@/lib/settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings((await browser.storage.local.get(KEY))[KEY]);
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  await browser.storage.local.set({ [KEY]: clean });
  return clean;
}
