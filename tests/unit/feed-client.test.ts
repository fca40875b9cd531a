import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedClient } from '../../lib/feeds/client';
import { backoffMs, emptyFeedState } from '../../lib/feeds/http';
import type { RequestRecord } from '../../lib/feeds/types';
import { FEED_ETAG, FEED_LAST_MODIFIED, startFeedServer, type FeedServer } from '../../scripts/feed-server';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({
    routes: {
      '/latin1-page.html': (_, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(
          Buffer.concat([
            Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf', 'latin1'),
            Buffer.from([0xe9, 0x20, 0x93]),
            Buffer.from('ouvert', 'latin1'),
            Buffer.from([0x94]),
            Buffer.from('</p></body></html>', 'latin1'),
          ]),
        );
      },
      '/image.png': (_, res) => {
        res.writeHead(200, { 'Content-Type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      },
    },
  });
});
afterAll(() => server.close());

function client(now = () => Date.parse('2026-12-02T10:00:00Z')) {
  const records: RequestRecord[] = [];
  const c = createFeedClient({ fetch, now, timeoutMs: 1500, onRequest: (r) => records.push(r) });
  return { c, records };
}

describe('the feed client', () => {
  it('reads a feed and keeps its validators; the next request is conditional and takes a 304', async () => {
    const { c } = client();
    const first = await c.feed(`${server.origin}/rss.xml`, null);
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.feed.items.length).toBeGreaterThan(0);
    expect(first.state).toMatchObject({ etag: FEED_ETAG, lastModified: FEED_LAST_MODIFIED, failures: 0 });
    const before = server.requests.length;
    const second = await c.feed(`${server.origin}/rss.xml`, first.state);
    expect(second.kind).toBe('not-modified');
    expect(server.requests[before]!.headers['if-none-match']).toBe(FEED_ETAG);
    expect(server.requests[before]!.headers['if-modified-since']).toBe(FEED_LAST_MODIFIED);
    expect(second.state.lastOkAt).not.toBeNull();
  });

  it('reads every format, gzip and windows-1252', async () => {
    const { c } = client();
    for (const [path, format] of [
      ['/rss.xml', 'rss2'],
      ['/atom.xml', 'atom'],
      ['/feed.json', 'json'],
      ['/gzip.xml', 'rss2'],
    ] as const) {
      const r = await c.feed(`${server.origin}${path}`, null);
      expect(r.kind, path).toBe('ok');
      if (r.kind === 'ok') expect(r.feed.format, path).toBe(format);
    }
    const cp = await c.feed(`${server.origin}/cp1252.xml`, null);
    expect(cp.kind).toBe('ok');
    if (cp.kind === 'ok') {
      expect(cp.feed.title).toBe('Café');
      expect(cp.feed.items[0]!.text).toContain('\u201cbonjour\u201d');
    }
  });

  it('backs off after a failure: the feed is not asked again until its time, then twice as long', async () => {
    let t = Date.parse('2026-12-02T10:00:00Z');
    const { c, records } = client(() => t);
    const url = `${server.origin}/missing.xml`;
    const first = await c.feed(url, null);
    expect(first).toMatchObject({ kind: 'error', code: 'not-found' });
    expect(first.state).toMatchObject({
      failures: 1,
      lastStatus: 404,
      lastError: 'not-found',
      errorSince: t,
    });
    expect(first.state.retryAt).toBe(t + backoffMs(1));
    const since = t;
    t += 60_000;
    const waiting = await c.feed(url, first.state);
    expect(waiting).toMatchObject({ kind: 'error', code: 'backing-off' });
    expect(records).toHaveLength(1); // no request while it waits
    t = first.state.retryAt! + 1;
    const again = await c.feed(url, waiting.state);
    expect(again.state.failures).toBe(2);
    expect(again.state.errorSince).toBe(since);
    expect(again.state.retryAt).toBe(t + backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
  });

  it('honours Retry-After on 429 and 503 when it is later than the backoff', async () => {
    const t = Date.parse('2026-12-02T10:00:00Z');
    const { c } = client(() => t);
    const r = await c.feed(`${server.origin}/rate-limited.xml`, null);
    expect(r).toMatchObject({ kind: 'error', code: 'rate-limited' });
    expect(r.state.retryAt).toBeGreaterThanOrEqual(t + backoffMs(1));
    const u = await c.feed(`${server.origin}/unavailable.xml`, null);
    expect(u.kind).toBe('error');
    expect(u.state.lastStatus).toBe(503);
  });

  it('says why a feed cannot be read: not a feed, malformed, too slow, too large', async () => {
    const { c } = client();
    expect(await c.feed(`${server.origin}/not-a-feed.html`, null)).toMatchObject({ code: 'not-a-feed' });
    expect(await c.feed(`${server.origin}/malformed.xml`, null)).toMatchObject({ code: 'malformed' });
    expect(await c.feed(`${server.origin}/slow.xml`, null)).toMatchObject({ code: 'timeout' });
    const big = createFeedClient({ fetch, maxFeedBytes: 64 * 1024 });
    expect(await big.feed(`${server.origin}/huge.xml`, null)).toMatchObject({ code: 'too-large' });
  });

  it('success after failures resets the run of failures, and a parse error counts as one', async () => {
    const { c } = client();
    const bad = await c.feed(`${server.origin}/malformed.xml`, null);
    expect(bad.state.failures).toBe(1);
    const good = await c.feed(`${server.origin}/rss.xml`, { ...bad.state, retryAt: null });
    expect(good.kind).toBe('ok');
    expect(good.state).toMatchObject({ failures: 0, lastError: null, errorSince: null, retryAt: null });
  });

  it('fetches article pages, decoding the charset a page declares in a meta tag', async () => {
    const { c, records } = client();
    const p = await c.page(`${server.origin}/articles/harbour-1.html`);
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.html).toContain('<article');
    const l = await c.page(`${server.origin}/latin1-page.html`);
    expect(l.ok && l.html).toContain('Café \u201couvert\u201d');
    expect(await c.page(`${server.origin}/articles/missing-1.html`)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(await c.page(`${server.origin}/paywall.html`)).toMatchObject({ ok: false, code: 'http-error' });
    expect(await c.page(`${server.origin}/image.png`)).toMatchObject({ ok: false, code: 'not-html' });
    expect(records.every((r) => r.kind === 'page')).toBe(true);
  });

  it('asks nothing of an address that is not allowed, and follows no redirect to one', async () => {
    const records: RequestRecord[] = [];
    const c = createFeedClient({
      fetch,
      allowed: (u) => new URL(u).origin === server.origin,
      onRequest: (r) => records.push(r),
    });
    const before = server.requests.length;
    expect(await c.feed(`${server.otherOrigin}/rss.xml`, null)).toMatchObject({ code: 'forbidden' });
    expect(server.requests.length).toBe(before);
    expect(await c.feed(`${server.origin}/moved-away.xml`, emptyFeedState())).toMatchObject({
      code: 'redirect-not-allowed',
    });
    expect(await c.feed(`${server.origin}/moved.xml`, null)).toMatchObject({
      kind: 'ok',
      url: `${server.origin}/rss.xml`,
    });
  });
});
