/**
 * A fault-injecting feed server on 127.0.0.1 for the feed client's unit tests, the `feeds fetch`
 * CLI tests and the e2e tests: good RSS / Atom / JSON feeds with ETag and Last-Modified (304 on
 * a conditional request), 404, 500, 429 and 503 with Retry-After, a response slower than any
 * timeout, an oversize body streamed without end, malformed XML, a windows-1252 feed, a redirect
 * to another origin (`localhost` vs `127.0.0.1`), gzip, and article pages for the items.
 * Every request is recorded (method, url, headers) so a test can check no cookie was sent.
 *
 *   startFeedServer({ routes }) -> { url, origin, otherOrigin, close(), requests }
 *   npx tsx scripts/feed-server.ts [PORT]   # runnable: prints its address and the routes
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** The Host header: tells `127.0.0.1` from `localhost`. */
  host: string;
  headers: IncomingHttpHeaders;
  time: number;
}

export interface RouteContext {
  url: URL;
  headers: IncomingHttpHeaders;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `http://localhost:PORT`: the same server seen as another origin. */
  otherOrigin: string;
}

/** A route answers by writing to `res`. Keys are paths (no query). */
export type Route = (ctx: RouteContext, res: ServerResponse) => void | Promise<void>;

export interface FeedServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  origin: string;
  otherOrigin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const FEED_ETAG = '"feed-v1"';
export const FEED_LAST_MODIFIED = 'Tue, 01 Dec 2026 08:00:00 GMT';

const ARTICLE_PARAGRAPH =
  'The council met on Tuesday evening to debate the harbour plan, which would widen the quay and ' +
  'add a ferry berth. Residents spoke for more than two hours, most of them against the cost. ';

/** An article page with enough prose for the extraction to call it an article. */
export function articlePage(title: string, paragraphs = 8): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${ARTICLE_PARAGRAPH}Paragraph ${i + 1} of the report on ${title}.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2026-12-01T07:00:00Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>
<p class="byline">By A. Reporter</p>${body}</article></main><footer>© Harbour Gazette</footer></body></html>`;
}

export function rssFeed(origin: string, n = 3, prefix = 'rss'): string {
  const items = Array.from(
    { length: n },
    (_, i) => `<item><title>Harbour story ${prefix} ${i + 1}</title>
<link>${origin}/articles/${prefix}-${i + 1}.html</link><guid>${origin}/guid/${prefix}-${i + 1}</guid>
<pubDate>Tue, 01 Dec 2026 0${i}:00:00 GMT</pubDate><description>Summary of harbour story ${prefix} ${i + 1}.</description></item>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>${origin}/</link><language>en</language>
<description>News from the harbour</description>
${items}
</channel></rss>`;
}

export function atomFeed(origin: string, n = 2): string {
  const entries = Array.from(
    { length: n },
    (_, i) => `<entry><title>Atom story ${i + 1}</title><id>urn:atom:${i + 1}</id>
<link rel="alternate" href="${origin}/articles/atom-${i + 1}.html"/><updated>2026-12-01T0${i}:00:00Z</updated>
<summary>Summary of atom story ${i + 1}.</summary></entry>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Atom Times</title><id>urn:atom:feed</id>
<link rel="alternate" href="${origin}/"/><updated>2026-12-01T00:00:00Z</updated>
${entries}
</feed>`;
}

export function jsonFeed(origin: string, n = 2): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'JSON Daily',
    home_page_url: `${origin}/`,
    language: 'en',
    items: Array.from({ length: n }, (_, i) => ({
      id: `json-${i + 1}`,
      url: `${origin}/articles/json-${i + 1}.html`,
      title: `JSON story ${i + 1}`,
      summary: `Summary of JSON story ${i + 1}.`,
      date_published: `2026-12-01T0${i}:00:00Z`,
    })),
  });
}

/** "café" and curly quotes in windows-1252 bytes, declared in the HTTP header and the XML. */
export function cp1252Feed(origin: string): Buffer {
  const head = Buffer.from(
    `<?xml version="1.0" encoding="windows-1252"?>\n<rss version="2.0"><channel><title>Caf`,
    'latin1',
  );
  const rest = Buffer.from(`</title><link>${origin}/</link><item><title>Le caf`, 'latin1');
  const tail = Buffer.from(
    ` rouvre</title><link>${origin}/articles/cp1252-1.html</link><guid>cp1252-1</guid>` +
      `<description>Il a dit `,
    'latin1',
  );
  // 0xE9 é, 0x93/0x94 curly double quotes in windows-1252.
  return Buffer.concat([
    head,
    Buffer.from([0xe9]),
    rest,
    Buffer.from([0xe9]),
    tail,
    Buffer.from([0x93]),
    Buffer.from('bonjour', 'latin1'),
    Buffer.from([0x94]),
    Buffer.from('.</description></item></channel></rss>', 'latin1'),
  ]);
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Content-Length': String(buf.length), ...headers });
  res.end(buf);
}

/** A feed with validators: 304 when If-None-Match or If-Modified-Since matches. */
export function conditional(body: () => string, contentType: string): Route {
  return ({ headers }, res) => {
    const inm = headers['if-none-match'];
    const ims = headers['if-modified-since'];
    const validators = { ETag: FEED_ETAG, 'Last-Modified': FEED_LAST_MODIFIED };
    if (
      (inm !== undefined && inm === FEED_ETAG) ||
      (inm === undefined && ims !== undefined && Date.parse(ims) >= Date.parse(FEED_LAST_MODIFIED))
    ) {
      res.writeHead(304, validators);
      res.end();
      return;
    }
    send(res, 200, body(), { 'Content-Type': contentType, ...validators });
  };
}

export function defaultRoutes(origin: string, otherOrigin: string): Record<string, Route> {
  const rss = () => rssFeed(origin);
  return {
    '/rss.xml': conditional(rss, 'application/rss+xml; charset=utf-8'),
    '/atom.xml': conditional(() => atomFeed(origin), 'application/atom+xml'),
    '/feed.json': conditional(() => jsonFeed(origin), 'application/feed+json'),
    '/missing.xml': (_, res) => send(res, 404, 'Not Found', { 'Content-Type': 'text/plain' }),
    '/gone.xml': (_, res) => send(res, 410, 'Gone', { 'Content-Type': 'text/plain' }),
    '/forbidden.xml': (_, res) => send(res, 403, 'Forbidden', { 'Content-Type': 'text/plain' }),
    '/error.xml': (_, res) => send(res, 500, 'Internal Server Error', { 'Content-Type': 'text/plain' }),
    '/rate-limited.xml': (_, res) =>
      send(res, 429, 'Too Many Requests', { 'Retry-After': '120', 'Content-Type': 'text/plain' }),
    '/rate-limited-date.xml': (_, res) =>
      send(res, 429, 'Too Many Requests', {
        'Retry-After': new Date(Date.now() + 3_600_000).toUTCString(),
        'Content-Type': 'text/plain',
      }),
    '/unavailable.xml': (_, res) =>
      send(res, 503, 'Service Unavailable', { 'Retry-After': '60', 'Content-Type': 'text/plain' }),
    // Headers at once, then nothing for 60 s: slower than any timeout the client uses.
    '/slow.xml': (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      const t = setTimeout(() => res.end('</channel></rss>'), 60_000);
      res.on('close', () => clearTimeout(t));
    },
    // Never ends: 64 KB chunks until the client hangs up. The client must stop reading at its cap.
    '/huge.xml': (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
      const chunk = Buffer.alloc(64 * 1024, '<!-- padding padding padding -->');
      let open = true;
      res.on('close', () => (open = false));
      const pump = () => {
        while (open && res.write(chunk));
        if (open) res.once('drain', pump);
      };
      pump();
    },
    '/malformed.xml': (_, res) =>
      send(
        res,
        200,
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed',
        { 'Content-Type': 'application/rss+xml' },
      ),
    '/not-a-feed.html': (_, res) =>
      send(res, 200, '<!doctype html><html><body><p>Hello</p></body></html>', {
        'Content-Type': 'text/html; charset=utf-8',
      }),
    '/cp1252.xml': (_, res) =>
      send(res, 200, cp1252Feed(origin), { 'Content-Type': 'application/rss+xml; charset=windows-1252' }),
    '/gzip.xml': ({ headers }, res) => {
      const body = Buffer.from(rssFeed(origin, 2, 'gzip'), 'utf8');
      const gz = /\bgzip\b/.test(String(headers['accept-encoding'] ?? ''));
      send(res, 200, gz ? gzipSync(body) : body, {
        'Content-Type': 'application/rss+xml',
        ...(gz ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
    },
    // A hop within the origin, then to the other origin.
    '/moved.xml': (_, res) => send(res, 301, '', { Location: '/rss.xml' }),
    '/moved-away.xml': (_, res) => send(res, 302, '', { Location: `${otherOrigin}/rss.xml` }),
    '/loop.xml': (_, res) => send(res, 302, '', { Location: '/loop.xml' }),
    '/paywall.html': (_, res) => send(res, 402, 'Payment Required', { 'Content-Type': 'text/plain' }),
    '/huge-page.html': (_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, '<p>padding</p>');
      let open = true;
      res.on('close', () => (open = false));
      const pump = () => {
        while (open && res.write(chunk));
        if (open) res.once('drain', pump);
      };
      pump();
    },
  };
}

/** `/articles/NAME.html`: an article page; `/articles/short-*.html`: a page that is no article. */
function articleRoute(path: string, res: ServerResponse): boolean {
  const m = /^\/articles\/([\w-]+)\.html$/.exec(path);
  if (!m) return false;
  const name = m[1]!;
  if (name.startsWith('missing-')) {
    send(res, 404, 'Not Found', { 'Content-Type': 'text/plain' });
  } else if (name.startsWith('short-')) {
    send(res, 200, '<!doctype html><html><body><p>Subscribe.</p></body></html>', {
      'Content-Type': 'text/html; charset=utf-8',
    });
  } else {
    send(res, 200, articlePage(`Harbour story ${name.replace(/-/g, ' ')}`), {
      'Content-Type': 'text/html; charset=utf-8',
    });
  }
  return true;
}

export async function startFeedServer(
  options: { routes?: Record<string, Route>; port?: number } = {},
): Promise<FeedServer> {
  const requests: RecordedRequest[] = [];
  let routes: Record<string, Route> = {};
  let origin = '';
  let otherOrigin = '';
  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      host,
      headers: req.headers,
      time: Date.now(),
    });
    const url = new URL(req.url ?? '/', `http://${host || '127.0.0.1'}`);
    const route = routes[url.pathname];
    Promise.resolve()
      .then(async () => {
        if (route) await route({ url, headers: req.headers, origin, otherOrigin }, res);
        else if (!articleRoute(url.pathname, res))
          send(res, 404, 'Not Found', { 'Content-Type': 'text/plain' });
      })
      .catch((err: unknown) => {
        if (!res.headersSent) send(res, 500, String(err));
        else res.destroy();
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  otherOrigin = `http://localhost:${port}`;
  routes = { ...defaultRoutes(origin, otherOrigin), ...options.routes };
  return {
    url: `${origin}/`,
    origin,
    otherOrigin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 0);
  const s = await startFeedServer({ port });
  process.stdout.write(
    `feed server on ${s.origin} (other origin ${s.otherOrigin})\nroutes: ${Object.keys(
      defaultRoutes(s.origin, s.otherOrigin),
    ).join(' ')} /articles/NAME.html\n`,
  );
}
