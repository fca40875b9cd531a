// `parallax feeds fetch`, run as a real process against the local fault-injecting feed server.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../lib/corpus/validate';
import { startFeedServer, type FeedServer } from '../../scripts/feed-server';

let server: FeedServer;
let tmp: string;

const MIXED = (origin: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed Post</title>
<link>${origin}/</link><language>en-GB</language>
<item><title>A story behind a paywall</title><link>${origin}/articles/missing-paywalled.html</link>
<guid>m-1</guid><pubDate>Wed, 02 Dec 2026 09:00:00 +0100</pubDate>
<description>&lt;p&gt;The council voted on Tuesday to close the old bridge for repairs lasting six months.&lt;/p&gt;</description></item>
<item><title>A page that is no article</title><link>${origin}/articles/short-note.html</link>
<guid>m-2</guid><description>Ferry timetables change from Monday, the operator said.</description></item>
</channel></rss>`;

beforeAll(async () => {
  server = await startFeedServer({
    routes: {
      '/mixed.xml': (_, res) => {
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        res.end(MIXED(server.origin));
      },
    },
  });
  tmp = mkdtempSync(join(tmpdir(), 'parallax-feeds-'));
});
afterAll(() => {
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'cli/parallax.ts', 'feeds', 'fetch', ...args],
      { cwd: join(import.meta.dirname, '..', '..'), timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function corpus(file: string) {
  const r = parseCorpusText(readFileSync(file, 'utf8'), file);
  expect(r.problems).toEqual([]);
  return r.articles;
}

describe('parallax feeds fetch', { timeout: 60_000 }, () => {
  it('fetches a feed and its pages into a new corpus, then takes 304s with --state', async () => {
    const out = join(tmp, 'one.ndjson');
    const state = join(tmp, 'one-state.json');
    const first = await run(`${server.origin}/rss.xml`, '--out', out, '--state', state);
    expect(first.stderr).toContain('ok: 3 new articles');
    expect(first.code).toBe(0);
    const articles = corpus(out);
    expect(articles).toHaveLength(3);
    const a = articles[0]!;
    expect(a).toMatchObject({
      title: 'Harbour story rss 1',
      outlet: 'Harbour Gazette',
      date: '2026-12-01T00:00:00.000Z',
      url: `${server.origin}/articles/rss-1.html`,
      lang: 'en',
      feed: `${server.origin}/rss.xml`,
    });
    expect(a.partial).toBeUndefined(); // the page was read: the full text, not the feed's summary
    expect(a.text.length).toBeGreaterThan(500);
    expect(Date.parse(a.fetched!)).not.toBeNaN();
    expect(JSON.parse(readFileSync(state, 'utf8')).feeds[`${server.origin}/rss.xml`].etag).toBe('"feed-v1"');

    const before = server.requests.length;
    const second = await run(`${server.origin}/rss.xml`, '--out', out, '--state', state, '--json');
    expect(second.code).toBe(0);
    expect(
      second.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([{ feed: `${server.origin}/rss.xml`, status: 'not-modified', new: 0, error: null }]);
    const asked = server.requests.slice(before);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.headers['if-none-match']).toBe('"feed-v1"');
    expect(corpus(out)).toHaveLength(3);
  });

  it('never adds an article whose url the corpus already holds', async () => {
    const out = join(tmp, 'again.ndjson');
    await run(`${server.origin}/rss.xml`, '--out', out);
    const again = await run(`${server.origin}/rss.xml`, '--out', out, '--json');
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ status: 'ok', new: 0 });
    expect(corpus(out)).toHaveLength(3);
  });

  it('reads a list of feeds; keeps the feed text, marked partial, when a page cannot be read; one bad feed does not stop the others', async () => {
    const list = join(tmp, 'feeds.txt');
    writeFileSync(
      list,
      `# my feeds\n${server.origin}/mixed.xml\n\n${server.origin}/missing.xml\n${server.origin}/atom.xml\n`,
    );
    const out = join(tmp, 'list.ndjson');
    const r = await run(list, '--out', out, '--json', '--concurrency', '2');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { feed: `${server.origin}/mixed.xml`, status: 'ok', new: 2, error: null },
      {
        feed: `${server.origin}/missing.xml`,
        status: 'error',
        new: 0,
        error: expect.stringContaining('not found'),
      },
      { feed: `${server.origin}/atom.xml`, status: 'ok', new: 2, error: null },
    ]);
    expect(r.stderr).toMatch(/missing\.xml {2}error: the address answers “not found” \(HTTP 404\)/);
    const byTitle = new Map(corpus(out).map((a) => [a.title, a]));
    expect(byTitle.get('A story behind a paywall')).toMatchObject({
      text: 'The council voted on Tuesday to close the old bridge for repairs lasting six months.',
      partial: true,
      date: '2026-12-02T08:00:00.000Z',
      lang: 'en', // the feed's language, as its primary tag
      outlet: 'Mixed Post',
    });
    expect(byTitle.get('A page that is no article')).toMatchObject({ partial: true });
    expect(byTitle.get('Atom story 1')).toMatchObject({ outlet: 'Atom Times' });
  });

  it('reads an OPML file', async () => {
    const opml = join(tmp, 'subs.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body><outline text="News"><outline type="rss" text="JSON" xmlUrl="${server.origin}/feed.json"/></outline></body></opml>`,
    );
    const out = join(tmp, 'opml.ndjson');
    const r = await run(opml, '--out', out);
    expect(r.code).toBe(0);
    expect(corpus(out).length).toBeGreaterThan(0);
  });

  it('exits 1 when no feed could be read, and leaves the corpus as it was', async () => {
    const out = join(tmp, 'kept.ndjson');
    await run(`${server.origin}/atom.xml`, '--out', out);
    const before = readFileSync(out, 'utf8');
    const r = await run(`${server.origin}/error.xml`, '--out', out, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({
      status: 'error',
      error: expect.stringContaining('server'),
    });
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('refuses to add to a file that is not a valid corpus, without fetching anything', async () => {
    const out = join(tmp, 'broken.ndjson');
    writeFileSync(out, '{"id": "a", "text": "x"}\nnot json\n');
    const before = server.requests.length;
    const r = await run(`${server.origin}/rss.xml`, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 2');
    expect(server.requests.length).toBe(before);
    expect(readFileSync(out, 'utf8')).toBe('{"id": "a", "text": "x"}\nnot json\n');
  });

  it('says what is wrong with bad usage (exit 2) and with a bad sources file (exit 1)', async () => {
    expect((await run(`${server.origin}/rss.xml`)).code).toBe(2);
    const c = await run(`${server.origin}/rss.xml`, '--out', join(tmp, 'x.ndjson'), '--concurrency', '0');
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--concurrency must be a whole number from 1 to 16');
    const list = join(tmp, 'bad.txt');
    writeFileSync(list, `${server.origin}/rss.xml\nftp://example.org/feed\n`);
    const b = await run(list, '--out', join(tmp, 'y.ndjson'));
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('line 2: not an http(s) address');
  });
});
