// The page is read in slices into plain data and extracted elsewhere: the result must be the
// one extracting the live page gives, and its paragraph paths must lead to the live elements.
import { readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage, resolvePath } from '../../lib/extract/index';
import { timeSlices } from '../../lib/slices';
import { extractSnapshot, isSnapshot, rebuildDocument } from '../../lib/extract/rebuild';
import { takeSnapshot, type PageSnapshot } from '../../lib/extract/snapshot';
import { loadPage } from '../fixtures/pages/load';

const FIXTURES = readdirSync(new URL('../fixtures/pages/', import.meta.url)).filter((f) =>
  f.endsWith('.html'),
);

/** A clock that advances 1 ms per reading: every slice pauses after a few checks. */
function fakeClock() {
  let t = 0;
  let pauses = 0;
  return {
    now: () => t++,
    pause: async () => {
      pauses++;
    },
    pauses: () => pauses,
  };
}

async function snapshot(doc: Document, maxElements?: number): Promise<PageSnapshot | null> {
  return takeSnapshot(doc, { pause: async () => undefined, maxElements });
}

/** Through JSON, as it crosses the message boundary. */
const viaMessage = (s: PageSnapshot) => JSON.parse(JSON.stringify(s)) as unknown;

describe('page snapshots', () => {
  it.each(FIXTURES)('extracting the rebuilt %s gives what the live page gives', async (name) => {
    const dom = loadPage(name);
    const doc = dom.window.document;
    const url = 'https://news.example/story';
    const snap = await snapshot(doc);
    const data = viaMessage(snap!);
    expect(isSnapshot(data)).toBe(true);
    const rebuilt = rebuildDocument(data as PageSnapshot, new JSDOM('').window.document.implementation);
    const remote = extractPage(rebuilt, url);
    expect(remote).toEqual(extractPage(doc, url));
    for (const p of remote.paragraphs) {
      const el = resolvePath(doc, p.path!);
      expect(el!.textContent!.replace(/\s+/g, ' ')).toContain(p.text.slice(0, 40));
    }
  });

  it('keeps the shape of a DOM a script built against the parser rules', async () => {
    const dom = new JSDOM('<html><body><main></main></body></html>');
    const doc = dom.window.document;
    const para = 'Paragraph text of the story with enough words to be running article text. ';
    const p = doc.createElement('p');
    const div = doc.createElement('div'); // a <div> inside a <p>: a parser would split them
    div.textContent = para.repeat(3);
    p.appendChild(div);
    const table = doc.createElement('table');
    const row = table.appendChild(doc.createElement('tr')); // no <tbody>
    row.appendChild(doc.createElement('td')).textContent = para;
    doc.querySelector('main')!.append(p, table);
    const rebuilt = rebuildDocument((await snapshot(doc))!, doc.implementation);
    expect(rebuilt.body.innerHTML).toBe(doc.body.innerHTML);
    // The same page through outerHTML and a parser does not keep it.
    const reparsed = new JSDOM(doc.documentElement.outerHTML).window.document;
    expect(reparsed.body.innerHTML).not.toBe(doc.body.innerHTML);
  });

  it('leaves out the text of head scripts, styles and comments but keeps their places and the JSON-LD', async () => {
    const doc = new JSDOM(
      '<html lang="fr"><head><title>T</title><script>var secret = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head>' +
        '<body><script>var inBody = 1;</script><!-- note --><p id="x">Text</p><svg><title>icon</title></svg></body></html>',
      { url: 'https://news.example/a' },
    ).window.document;
    const snap = (await snapshot(doc))!;
    const rebuilt = rebuildDocument(snap, doc.implementation);
    expect(JSON.stringify(snap)).not.toContain('secret');
    expect(JSON.stringify(snap)).not.toContain('note');
    expect(rebuilt.head.children).toHaveLength(4);
    // The body's text is what textContent measures, scripts included.
    expect(rebuilt.body.textContent).toBe(doc.body.textContent);
    expect(rebuilt.body.childNodes).toHaveLength(doc.body.childNodes.length);
    expect(rebuilt.querySelector('script[type="application/ld+json"]')!.textContent).toContain('NewsArticle');
    expect(rebuilt.documentElement.lang).toBe('fr');
    expect(rebuilt.title).toBe('T');
    expect(resolvePath(rebuilt, [1])!.id).toBe('x');
    expect(rebuilt.querySelector('svg')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('carries the length of code in the body, not the code', async () => {
    const code = `\n  window.state = ${JSON.stringify({ token: 'private-token', items: Array(100).fill('x') })};\n`;
    const doc = new JSDOM(
      `<body><article><p>Lead paragraph.</p><script>${code}</script><style>${'p{}'.repeat(100)}</style></article></body>`,
    ).window.document;
    const snap = (await snapshot(doc))!;
    expect(JSON.stringify(snap)).not.toContain('private-token');
    const rebuilt = rebuildDocument(viaMessage(snap) as PageSnapshot, doc.implementation);
    const article = (d: Document) => d.querySelector('article')!.textContent!;
    expect(article(rebuilt)).toHaveLength(article(doc).length);
    expect(article(rebuilt).trim()).toHaveLength(article(doc).trim().length);
  });

  it('says when the page added or removed nodes while it was copied', async () => {
    const doc = new JSDOM(
      `<body><article>${'<p>A paragraph of the story, long enough to count.</p>'.repeat(400)}</article></body>`,
    ).window.document;
    const calm = await takeSnapshot(doc, { pause: async () => undefined });
    expect(calm!.changedWhileCopied).toBe(false);
    let pauses = 0;
    const busy = await takeSnapshot(doc, {
      // The page's own script runs between two slices: it replaces a paragraph further down.
      pause: async () => {
        if (++pauses === 1) {
          const p = doc.querySelectorAll('p')[300]!;
          p.replaceWith(p.cloneNode(true));
        }
      },
    });
    expect(busy!.changedWhileCopied).toBe(true);
    // Text changes move nothing: they do not count.
    const typed = await takeSnapshot(doc, {
      pause: async () => {
        doc.querySelector('p')!.firstChild!.textContent = 'Edited.';
      },
    });
    expect(typed!.changedWhileCopied).toBe(false);
  });

  it('pauses between slices and gives up on a page beyond the size extractPage reads', async () => {
    const doc = new JSDOM(`<body>${'<p>A paragraph of the story.</p>'.repeat(2000)}</body>`).window.document;
    const clock = fakeClock();
    const snap = await takeSnapshot(doc, { pause: timeSlices(4, clock.now, clock.pause) });
    expect(snap).not.toBeNull();
    expect(clock.pauses()).toBeGreaterThan(0);
    expect(await snapshot(doc, 50)).toBeNull();
    const long = new JSDOM(`<body><p>${'x'.repeat(3_000_001)}</p></body>`).window.document;
    expect(await snapshot(long)).toBeNull();
    expect(extractPage(long).page.signals).toContain('too-large');
  });

  it('rebuilds hostile data without throwing', () => {
    const impl = new JSDOM('').window.document.implementation;
    const data = {
      root: ['lang', 'en', '@bad name', 'x'],
      head: [['meta', ['name', 'x', 'content']], 42, null],
      body: ['body', [], ['bad name!', ['a'], 'text'], ['p', 'not-an-array', 'ok']],
    } as unknown as PageSnapshot;
    const doc = rebuildDocument(data, impl);
    expect(doc.body.children).toHaveLength(2);
    expect(doc.body.textContent).toBe('textok');
    for (const junk of [null, 'html', { root: [], head: [], body: ['div', []] }]) {
      const got = extractSnapshot(junk, 'https://news.example/a', impl);
      expect(got.page.isArticle).toBe(false);
      expect(got.reason).toBe('This page could not be read.');
    }
  });
});
