// The demo pages carry what news pages carry, the shop carries none of it, and the server
// serves files from its folder only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPages } from '../../demo/site.ts';
import { WIRE_BRAND } from '../../demo/themes.ts';
import type { CorpusFile } from '../../lib/types.ts';
import { CORPUS_PATH } from '../../scripts/build-corpus.ts';
import { buildDemoSite } from '../../scripts/build-demo.ts';
import { resolveRequestPath, startDemoServer, type DemoServer } from '../../scripts/serve-demo.ts';

const corpus = JSON.parse(readFileSync(CORPUS_PATH, 'utf8')) as CorpusFile;
let dir: string;
let server: DemoServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-demo-'));
  buildDemoSite(dir);
  server = await startDemoServer({ port: 0, root: dir });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const open = (file: string) => new JSDOM(readFileSync(join(dir, file), 'utf8')).window.document;
const meta = (doc: Document, property: string) =>
  doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? null;
const ldJson = (doc: Document) =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>,
  );
const pageOf = (id: string) => demoPages(corpus).find((p) => p.articleId === id)?.file ?? '';

describe('corpus article pages', () => {
  it.each(corpus.articles.map((a) => [a.outlet ?? 'unknown outlet', a] as const))(
    '%s: article markup, metadata and text',
    (_name, a) => {
      const doc = open(pageOf(a.id));
      const article = doc.querySelector('article');
      expect(article?.querySelector('h1')?.textContent).toBe(a.title);
      expect(article?.querySelector('time')?.getAttribute('datetime')).toBe(a.date);
      const paragraphs = [...(article?.querySelectorAll('.article-body > p') ?? [])].map(
        (p) => p.textContent,
      );
      expect(paragraphs).toEqual(a.text.split('\n\n'));

      const [ld] = ldJson(doc);
      expect(ld?.['@type']).toBe('NewsArticle');
      expect(ld?.headline).toBe(a.title);
      expect(ld?.datePublished).toBe(a.date);
      expect(ld?.publisher ?? null).toEqual(a.outlet ? { '@type': 'Organization', name: a.outlet } : null);
      if (a.byline) expect(JSON.stringify(ld?.author)).toContain(a.byline.split(' and ')[0]);
      else expect(ld?.author).toBeUndefined();

      expect(meta(doc, 'og:type')).toBe('article');
      expect(meta(doc, 'og:title')).toBe(a.title);
      expect(meta(doc, 'og:site_name')).toBe(a.outlet);
      expect(meta(doc, 'og:url')).toBe(a.url ?? null);
    },
  );

  it.each(corpus.articles.map((a) => [a.id, a] as const))(
    '%s: a reader-mode extractor finds exactly the article',
    (_id, a) => {
      const parsed = new Readability(open(pageOf(a.id))).parse();
      const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      expect(squash(parsed?.textContent)).toBe(squash(a.text));
      expect(parsed?.siteName ?? null).toBe(a.outlet);
      if (a.byline) expect(parsed?.byline).toContain(a.byline.split(' and ')[0]);
      else expect(parsed?.byline ?? null).toBeNull();
    },
  );

  it('gives the unknown outlet a neutral site that claims no real name', () => {
    const a = corpus.articles.find((x) => x.outlet === null);
    expect(a).toBeDefined();
    const doc = open(pageOf(a?.id ?? ''));
    expect(doc.querySelector('.brand')?.textContent).toBe(WIRE_BRAND);
    expect(meta(doc, 'og:site_name')).toBeNull();
    for (const outlet of corpus.articles.map((x) => x.outlet).filter((o) => o !== null)) {
      expect(doc.querySelector('header')?.textContent).not.toContain(outlet);
    }
  });

  it('has the furniture of a news page: navigation, ads, share bar, newsletter box, related links', () => {
    const doc = open('moscow-times.html');
    expect(doc.querySelectorAll('nav a').length).toBeGreaterThan(3);
    expect(doc.querySelectorAll('.ad').length).toBeGreaterThanOrEqual(2);
    expect(doc.querySelector('.share-bar')).not.toBeNull();
    expect(doc.querySelector('.newsletter-box form')).not.toBeNull();
    expect(doc.querySelectorAll('.related a').length).toBeGreaterThan(3);
    expect(doc.querySelector('footer')).not.toBeNull();
    expect(
      doc.querySelector('script:not([type="application/ld+json"]), link[rel="stylesheet"], img'),
    ).toBeNull();
  });
});

describe('other pages', () => {
  it('other-story.html is an article about a different story', () => {
    const doc = open('other-story.html');
    expect(ldJson(doc)[0]?.['@type']).toBe('NewsArticle');
    expect(meta(doc, 'og:type')).toBe('article');
    const text = doc.querySelector('.article-body')?.textContent ?? '';
    expect(text.split(/\s+/).length).toBeGreaterThan(350);
    expect(text).not.toMatch(/Ukrain|Russia|China|Chinese|Zelensk/);
  });

  it('shop.html is not an article', () => {
    const doc = open('shop.html');
    expect(doc.querySelector('article')).toBeNull();
    expect(ldJson(doc).filter((d) => d['@type'] === 'NewsArticle')).toEqual([]);
    expect(meta(doc, 'og:type')).not.toBe('article');
    expect(doc.querySelector('time, .byline')).toBeNull();
    expect(doc.querySelectorAll('.product .price').length).toBeGreaterThan(4);
  });

  it('index.html links every page', () => {
    const hrefs = [...open('index.html').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    const files = demoPages(corpus)
      .map((p) => p.file)
      .filter((f) => f !== 'index.html');
    expect(hrefs).toEqual(files);
    for (const f of ['moscow-times.html', 'unattributed.html', 'other-story.html', 'shop.html'])
      expect(files).toContain(f);
  });
});

describe('untrusted corpus text', () => {
  it('is escaped in the markup and in the JSON-LD', () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"';
    const hostile: CorpusFile = {
      schema: 1,
      story: evil,
      articles: [
        {
          id: 'x',
          title: evil,
          text: `${evil}\n\nSecond <b>para</b>.`,
          outlet: evil,
          date: null,
          byline: evil,
          url: null,
        },
      ],
    };
    for (const page of demoPages(hostile)) {
      expect(page.html).not.toContain('<script>alert');
      expect(page.html).not.toContain('<img');
      expect(page.html).not.toContain('<b>');
    }
    const doc = new JSDOM(demoPages(hostile)[0]?.html ?? '').window.document;
    expect(doc.querySelector('h1')?.textContent).toBe(evil);
    expect(ldJson(doc)[0]?.headline).toBe(evil);
    expect(meta(doc, 'og:site_name')).toBe(evil);
  });
});

function rawGet(
  port: number,
  path: string,
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server', () => {
  it('listens on the loopback interface and serves pages as HTML', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const res = await rawGet(server.port, '/moscow-times.html');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<article');
    expect((await rawGet(server.port, '/')).body).toContain('Demo pages');
  });

  it('answers 404 for missing files and any path leaving its folder', async () => {
    expect((await rawGet(server.port, '/missing.html')).status).toBe(404);
    for (const path of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..\\package.json',
      '/a/../../x',
    ]) {
      expect((await rawGet(server.port, path)).status, path).toBe(404);
    }
  });

  it('maps request paths inside the root only', () => {
    expect(resolveRequestPath('/srv/site', '/a/b.html')).toBe('/srv/site/a/b.html');
    expect(resolveRequestPath('/srv/site', '/')).toBe('/srv/site/index.html');
    expect(resolveRequestPath('/srv/site', '/%E0%A4%A')).toBeNull();
  });
});
