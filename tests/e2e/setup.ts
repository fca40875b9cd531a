/** Shared set-up of the end-to-end tests: the demo server and Chromium with Parallax loaded. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import { launchWithExtension, type LaunchOptions } from '../../scripts/browser';
import { startDemoServer } from '../../scripts/serve-demo';

export const ARTIFACTS = resolve('.artifacts/e2e');

export interface E2E {
  base: string;
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Every request seen by the browser context (for the no-network checks). */
  requests: string[];
  shot(name: string): string;
  close(): Promise<void>;
}

export async function startE2E(opts: LaunchOptions = {}): Promise<E2E> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startDemoServer({ port: 0 });
  const launched = await launchWithExtension(opts);
  const requests: string[] = [];
  launched.context.on('request', (r: Request) => requests.push(r.url()));
  return {
    base: server.url,
    context: launched.context,
    extensionId: launched.extensionId,
    userDataDir: launched.userDataDir,
    requests,
    shot: (name) => resolve(ARTIFACTS, `${name}.png`),
    async close() {
      await launched.context.close().catch(() => undefined);
      await server.close();
    },
  };
}
