/**
 * The news week (demo/news) served on 127.0.0.1 the way news sites serve it: each outlet's home
 * page at /OUTLET/, its feed at /OUTLET/feed.xml (index.rdf, atom.xml, feed.json by format) and
 * its articles at /OUTLET/articles/SLUG.html, with Content-Type and charset, ETag,
 * Last-Modified, Cache-Control and 304 for a conditional request that matches. Every request
 * is recorded, so a test can check what was asked and that no cookie was sent.
 *
 *   startNewsServer({ port?, shiftDays?, anchor? })
 *     -> { url, origin, port, outlets, articles, shiftDays, requests, close() }
 *   npx tsx scripts/news-server.ts [PORT] [--today]   # prints the outlets and their feeds
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestFirst, outletUrls } from '../demo/news/feeds.ts';
import { NEWS_OUTLETS, outletById } from '../demo/news/outlets.ts';
import { newsSite, type NewsResource } from '../demo/news/site.ts';
import { articleId, type NewsOutlet } from '../demo/news/types.ts';
import { daysToAnchor, NEWS_ARTICLES, shiftWeek } from '../demo/news/week.ts';

export interface NewsServerOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** Move every date by this many days (default 0: the week as written, 23-29 November 2026). */
  shiftDays?: number;
  /** Or: move the week so its last day (Sunday) is this date's day, e.g. `new Date()`. */
  anchor?: Date;
  /** Answer each article page after this many ms (a slow outlet: a refresh that takes a while). */
  pageDelayMs?: number;
}

export interface NewsServerOutlet {
  id: NewsOutlet['id'];
  name: string;
  format: NewsOutlet['format'];
  /** Absolute URLs on this server. */
  home: string;
  feed: string;
}

export interface NewsServerArticle {
  /** "OUTLET/SLUG", the id gold.json labels. */
  id: string;
  outlet: NewsOutlet['id'];
  title: string;
  /** Absolute URL on this server. */
  url: string;
  /** ISO 8601, after any shift. */
  published: string;
}

export interface NewsRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  time: number;
}

export interface NewsServer {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  outlets: NewsServerOutlet[];
  /** Every article served, newest first (gold.json says which report the same event). */
  articles: NewsServerArticle[];
  /** The days every date was moved by. */
  shiftDays: number;
  requests: NewsRequest[];
  /** From now on answer `path` with a 301 to `to` (a path here, or any URL): a feed that moved. */
  redirect(path: string, to: string): void;
  close(): Promise<void>;
}

const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;

/** Does a conditional request match the resource (RFC 9110: If-None-Match wins over If-Modified-Since)? */
export function notModified(headers: IncomingHttpHeaders, etag: string, lastModified: string): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const ims = headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && Math.floor(Date.parse(lastModified) / 1000) <= Math.floor(since / 1000);
}

function respond(req: IncomingMessage, res: ServerResponse, r: NewsResource | undefined): number {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('method not allowed\n');
    return 405;
  }
  if (!r) {
    const body = 'not found\n';
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return 404;
  }
  const etag = etagOf(r.body);
  const lastModified = new Date(r.modified).toUTCString();
  const validators = {
    ETag: etag,
    'Last-Modified': lastModified,
    'Cache-Control': r.kind === 'article' ? 'public, max-age=300' : 'public, max-age=60',
  };
  if (notModified(req.headers, etag, r.modified)) {
    res.writeHead(304, validators);
    res.end();
    return 304;
  }
  res.writeHead(200, { ...validators, 'Content-Type': r.type, 'Content-Length': r.body.length });
  res.end(req.method === 'HEAD' ? undefined : r.body);
  return 200;
}

export async function startNewsServer(opts: NewsServerOptions = {}): Promise<NewsServer> {
  const shiftDays = opts.shiftDays ?? (opts.anchor ? daysToAnchor(opts.anchor) : 0);
  const articles = shiftWeek(shiftDays, NEWS_ARTICLES);
  const requests: NewsRequest[] = [];
  let site = new Map<string, NewsResource>();
  const redirects = new Map<string, string>();
  const server = createServer(async (req, res) => {
    let path = '/';
    try {
      path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      path = '';
    }
    const slow = opts.pageDelayMs && site.get(path)?.kind === 'article' ? opts.pageDelayMs : 0;
    if (slow > 0) await new Promise((ok) => setTimeout(ok, slow));
    const moved = redirects.get(path);
    let status: number;
    if (moved !== undefined) {
      res.writeHead(301, { Location: moved, 'Content-Length': 0 });
      res.end();
      status = 301;
    } else {
      status = respond(req, res, site.get(path));
    }
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      status,
      headers: req.headers,
      time: Date.now(),
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  site = newsSite(origin, articles);
  return {
    url: `${origin}/`,
    origin,
    port,
    shiftDays,
    outlets: NEWS_OUTLETS.map((o) => ({
      id: o.id,
      name: o.name,
      format: o.format,
      ...outletUrls(origin, o),
    })).map(({ id, name, format, home, feed }) => ({ id, name, format, home, feed })),
    articles: newestFirst(articles).map((a) => ({
      id: articleId(a),
      outlet: a.outlet,
      title: a.title,
      url: outletUrls(origin, outletById(a.outlet)!).article(a),
      published: a.published,
    })),
    requests,
    redirect: (path, to) => void redirects.set(path, to),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const port = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? process.env.PORT ?? 8766);
  const s = await startNewsServer({
    port,
    anchor: process.argv.includes('--today') ? new Date() : undefined,
  });
  console.log(`News week on ${s.url} (dates moved by ${s.shiftDays} days; Ctrl-C to stop)`);
  for (const o of s.outlets) console.log(`  ${o.name.padEnd(22)} ${o.home}  feed (${o.format}): ${o.feed}`);
  const stop = () => void s.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(`cannot serve the news week: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
