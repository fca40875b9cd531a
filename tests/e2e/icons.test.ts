/**
 * The icons as the browser shows them: the built manifest declares each size for the toolbar
 * button and the extension, each file is the size it says, and the 16 px toolbar icon stands
 * out on a light and on a dark toolbar (drawn by Chromium over each, pixel by pixel).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser';
import { startE2E, type E2E } from './setup';

const SIZES = ['16', '32', '48', '128'];
/** Chrome's toolbar colours, light and dark themes. */
const TOOLBARS = { light: '#f1f3f4', dark: '#35363a' };

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

let e2e: E2E;
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('icons', () => {
  it('are declared for the extension and its toolbar button, each file at its size', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...SIZES].sort());
    expect(manifest.action?.default_icon).toEqual(manifest.icons);
    for (const [size, path] of Object.entries(manifest.icons ?? {})) {
      expect(pngSize(join(EXTENSION_DIR, path))).toEqual([Number(size), Number(size)]);
    }
  });

  it('the 16 px icon stands out on a light and on a dark toolbar', async () => {
    const page = await e2e.context.newPage();
    const url = `chrome-extension://${e2e.extensionId}/${manifest.icons!['16']}`;
    await page.goto(url);
    for (const [name, bg] of Object.entries(TOOLBARS)) {
      // The share of the icon's 256 pixels, as composed over the toolbar, at a contrast of at
      // least 3:1 against it (WCAG's figure for graphics).
      const share = await page.evaluate(
        async ([src, color]) => {
          const img = new Image();
          img.src = src!;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 16;
          const ctx = canvas.getContext('2d')!;
          ctx.fillStyle = color!;
          ctx.fillRect(0, 0, 16, 16);
          ctx.drawImage(img, 0, 0, 16, 16);
          const px = ctx.getImageData(0, 0, 16, 16).data;
          const lum = (r: number, g: number, b: number) => {
            const c = [r, g, b].map((v) => {
              const s = v / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
          };
          const hex = color!.slice(1);
          const bgLum = lum(
            parseInt(hex.slice(0, 2), 16),
            parseInt(hex.slice(2, 4), 16),
            parseInt(hex.slice(4, 6), 16),
          );
          let strong = 0;
          for (let i = 0; i < px.length; i += 4) {
            const l = lum(px[i]!, px[i + 1]!, px[i + 2]!);
            const ratio = (Math.max(l, bgLum) + 0.05) / (Math.min(l, bgLum) + 0.05);
            if (ratio >= 3) strong += 1;
          }
          return strong / 256;
        },
        [url, bg],
      );
      expect(share, `${name} toolbar`).toBeGreaterThan(0.3);
    }
    await page.close();
  });
});
