import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ETAG, startFeedServer, type FeedServer } from '../../scripts/feed-server';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

describe('the fault-injecting feed server', () => {
  it('serves a feed with validators and answers 304 to a conditional request', async () => {
    const first = await fetch(`${server.origin}/rss.xml`);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe(FEED_ETAG);
    expect(await first.text()).toContain('<rss version="2.0">');
    const again = await fetch(`${server.origin}/rss.xml`, {
      headers: { 'If-None-Match': FEED_ETAG },
    });
    expect(again.status).toBe(304);
    const byDate = await fetch(`${server.origin}/atom.xml`, {
      headers: { 'If-Modified-Since': first.headers.get('last-modified')! },
    });
    expect(byDate.status).toBe(304);
  });

  it('answers faults with real status codes and headers', async () => {
    expect((await fetch(`${server.origin}/missing.xml`)).status).toBe(404);
    expect((await fetch(`${server.origin}/error.xml`)).status).toBe(500);
    const limited = await fetch(`${server.origin}/rate-limited.xml`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '120']);
    const dated = await fetch(`${server.origin}/rate-limited-date.xml`);
    expect(Date.parse(dated.headers.get('retry-after')!)).toBeGreaterThan(Date.now());
    const moved = await fetch(`${server.origin}/moved-away.xml`, { redirect: 'manual' });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe(`${server.otherOrigin}/rss.xml`);
  });

  it('sends gzip and windows-1252 bytes as declared', async () => {
    const gz = await fetch(`${server.origin}/gzip.xml`);
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toContain('Harbour story gzip 1');
    const cp = await fetch(`${server.origin}/cp1252.xml`);
    expect(cp.headers.get('content-type')).toContain('windows-1252');
    const bytes = new Uint8Array(await cp.arrayBuffer());
    expect(bytes.includes(0xe9)).toBe(true);
  });

  it('records every request with its headers and host', async () => {
    const before = server.requests.length;
    await fetch(`${server.otherOrigin}/articles/a-1.html`, { headers: { Cookie: 'x=1' } });
    const rec = server.requests[before]!;
    expect(rec.url).toBe('/articles/a-1.html');
    expect(rec.host).toBe(server.otherOrigin.slice('http://'.length));
    expect(rec.headers.cookie).toBe('x=1');
  });
});
