/**
 * `npm run icons`: the toolbar and store icons, rendered from their one source (assets/icon.svg)
 * by the real Chromium, at the sizes the manifest declares (wxt.config.ts ICON_SIZES), into
 * public/icons/icon-N.png (committed; WXT copies public/ into each build).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES, iconPath } from '../wxt.config';
import { findChromium, NO_CHROMIUM_MESSAGE, QUIET_FLAGS } from './browser';

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: QUIET_FLAGS });
  try {
    mkdirSync(resolve('public/icons'), { recursive: true });
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(resolve('public', iconPath(size)), png);
      console.log(`public/${iconPath(size)}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
