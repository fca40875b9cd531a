/**
 * The import worker of the Node bench: a worker_threads thread that plays the options page's
 * import worker (entrypoints/options/import-worker.ts), with its own in-memory IndexedDB.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IDBFactory } from 'fake-indexeddb';
import { openUserCorpus, serveImports, type Port } from '../lib/user-corpus';

const idb = new IDBFactory();
const { port } = workerData as { port: Port };
serveImports(port, (request) => openUserCorpus(idb, request.database, { bundled: request.bundled }));
parentPort?.postMessage('ready');
