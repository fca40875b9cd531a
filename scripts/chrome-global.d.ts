// The `chrome` global as seen by code that Playwright evaluates inside the extension's
// service worker (tests and scripts). Extension code itself uses webextension-polyfill.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
