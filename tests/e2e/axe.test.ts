// Accessibility checked by a real tool: axe-core (the npm package) injected into the side panel
// (each section) and into Parallax's legend on a news page, in real Chromium. No serious or
// critical violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { waitFor } from '../../scripts/browser';
import { openNewsPage, openSidebarPage } from '../../scripts/surfaces';
import { inpageUi } from './shadow';
import { startE2E, type E2E } from './setup';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

/** Serious and critical violations on what is shown, as "rule: target" lines. */
async function serious(where: Page | Frame): Promise<string[]> {
  await where.evaluate(AXE);
  const found = await where.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
            passes: unknown[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run();
    // axe ran its rules on something: a check that passes nothing proves nothing.
    if (r.passes.length === 0) return ['axe: no rule passed'];
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
  return found;
}

describe('axe-core', () => {
  it('finds no serious or critical violation in the side panel, section by section', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    await news.settledBadge();
    const side = await openSidebarPage(e2e.context, news.tabId, e2e.extensionId);
    await side.setViewportSize({ width: 320, height: 800 });
    await side.getByTestId('comparison').waitFor();
    const found: string[] = [];
    for (const tab of await side.getByRole('tab').allTextContents()) {
      await side.getByRole('tab', { name: tab }).click();
      found.push(...(await serious(side)).map((v) => `${tab}: ${v}`));
    }
    expect(found).toEqual([]);
    await side.close();

    // The legend on the page, in Parallax's own frame.
    const ui = await inpageUi(news.page);
    const panel = await waitFor(async () => ui.frame('panel'), 'the panel frame');
    await panel.getByTestId('legend').waitFor();
    expect(await serious(panel)).toEqual([]);
    await news.page.close();
  });
});
