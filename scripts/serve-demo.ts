/**
 * `npm run serve`: serve the demo pages on 127.0.0.1 (port 8765, or PORT). Also used by
 * `npm start` and the end-to-end tests through `startDemoServer`. Static files only, from
 * one folder, on the loopback interface only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoSite, DEMO_SITE_DIR, demoSiteIsStale } from './build-demo.ts';

export interface DemoServer {
  /** "http://127.0.0.1:PORT", without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a request path names inside `root`, or null when it would leave `root`. */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(root, `.${path}`);
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');
  // The raw target: `new URL` would silently drop "..", hiding a traversal attempt.
  const raw = req.url ?? '/';
  if (/(?:^|[/\\])\.\.(?:[/\\]|$)|%2e%2e|%2f|%5c/i.test(raw)) return send(res, 404, 'not found\n');
  const file = resolveRequestPath(root, raw);
  if (file === null) return send(res, 404, 'not found\n');
  try {
    if (!(await stat(file)).isFile()) return send(res, 404, 'not found\n');
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
      res.end();
    } else send(res, 200, body, type);
  } catch {
    send(res, 404, 'not found\n');
  }
}

/**
 * Serve `root` on 127.0.0.1; port 0 = any free port. The default root, demo/site/, is built
 * first when missing or older than its sources; another root is built only when empty.
 */
export async function startDemoServer(opts: { port?: number; root?: string } = {}): Promise<DemoServer> {
  const root = resolve(opts.root ?? DEMO_SITE_DIR);
  const needsBuild = opts.root === undefined ? demoSiteIsStale(root) : !existsSync(join(root, 'index.html'));
  if (needsBuild) buildDemoSite(root);
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => send(res, 500, 'server error\n'));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((err) => (err ? fail(err) : ok()));
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8765);
  const server = await startDemoServer({ port }).catch((err: unknown) => {
    const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
    throw inUse ? new Error(`port ${port} is in use; choose another with PORT=8766 npm run serve`) : err;
  });
  console.log(`Demo pages on ${server.url}/ (Ctrl-C to stop)`);
  const pages = readdirSync(DEMO_SITE_DIR).filter((f) => f.endsWith('.html'));
  for (const page of pages.sort()) console.log(`  ${server.url}/${page}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(`cannot serve the demo: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
