/**
 * The pages the browser benchmark loads: the saved pages in ../shared/pages (read at run time,
 * never copied) and three generated hostile pages, served from a local HTTP server. Anything
 * else a page asks for (images, scripts, styles) gets a quick 404.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface BenchPage {
  slug: string;
  /** From expected-metadata.json for saved pages; true for the generated article pages. */
  readerable: boolean;
  generated: boolean;
  body: () => Buffer;
}

const LOREM =
  'The council voted on Tuesday to extend the program for another two years, after a long debate in which several members questioned its cost and the way its results had been measured so far.';

const head = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Daily Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Daily Gazette"></head>`;

/** About 10 MB of article paragraphs. */
function hugePage(): string {
  const para = (i: number) => `<p>${LOREM} ${LOREM} Paragraph ${i}.</p>\n`;
  const n = Math.ceil(10_000_000 / para(0).length);
  const body = Array.from({ length: n }, (_, i) => para(i)).join('');
  return `${head('A very long report')}<body><article><h1>A very long report</h1><p class="byline">By A. Writer</p>${body}</article></body></html>`;
}

/** An article followed by 100,000 small elements (a giant comment thread / listing). */
function manyElementsPage(): string {
  const article = Array.from({ length: 20 }, (_, i) => `<p>${LOREM} Paragraph ${i}.</p>`).join('');
  const rows = Array.from(
    { length: 25_000 },
    (_, i) => `<li><div><a href="/c/${i}">Reader ${i}</a><span>${i % 60} min</span></div></li>`,
  ).join('');
  return `${head('Council extends program')}<body><article><h1>Council extends program</h1>${article}</article><ul class="comments">${rows}</ul></body></html>`;
}

/** An article inside a table layout nested 50 levels deep. */
function deepTablePage(): string {
  const article = Array.from({ length: 20 }, (_, i) => `<p>${LOREM} Paragraph ${i}.</p>`).join('');
  const open = '<table><tbody><tr><td class="sidebar"><a href="/s">Sections</a></td><td>'.repeat(50);
  const close = '</td></tr></tbody></table>'.repeat(50);
  return `${head('Council extends program')}<body>${open}<h1>Council extends program</h1><div class="story">${article}</div>${close}</body></html>`;
}

export function generatedPages(): BenchPage[] {
  const lazy = (make: () => string) => {
    let cached: Buffer | null = null;
    return () => (cached ??= Buffer.from(make(), 'utf8'));
  };
  return [
    { slug: 'gen-10mb', readerable: true, generated: true, body: lazy(hugePage) },
    { slug: 'gen-100k-elements', readerable: true, generated: true, body: lazy(manyElementsPage) },
    { slug: 'gen-table-50-deep', readerable: true, generated: true, body: lazy(deepTablePage) },
  ];
}

/** The saved pages, or null when ../shared/pages is absent. */
export function savedPages(dir: string): BenchPage[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      let readerable = false;
      try {
        const meta = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as {
          readerable?: boolean;
        };
        readerable = meta.readerable === true;
      } catch {
        // No metadata: counted as a page that is not an article.
      }
      return { slug, readerable, generated: false, body: () => readFileSync(join(dir, slug, 'source.html')) };
    });
}

/** Serves each page at `/<slug>/` on 127.0.0.1; everything else is a 404. */
export async function servePages(pages: BenchPage[]): Promise<{ origin: string; server: Server }> {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const server = createServer((req, res) => {
    const m = /^\/([^/]+)\/$/.exec(req.url ?? '');
    const page = m?.[1] ? bySlug.get(m[1]) : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(page.body());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}
