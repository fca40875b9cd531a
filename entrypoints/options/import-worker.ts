/**
 * The options page's import worker (bundled by Vite from the `?worker` import in
 * run-import.ts): it reads, validates, dedupes and writes an imported file off the main thread,
 * which every page of the extension shares, so that a big import freezes neither this page nor
 * an open popup. Only wiring: the work and the messages are lib/user-corpus's. A worker script
 * runs as it loads: that is its purpose, and WXT never imports it in Node (it is no entrypoint).
 */
import { openUserCorpus, serveImports } from '@/lib/user-corpus';

serveImports(self, (request) => openUserCorpus(indexedDB, request.database, { bundled: request.bundled }));
