import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backoffMs,
  createHttp,
  OPAQUE_REDIRECT_DETAIL,
  parseRetryAfter,
  statusCode,
} from '../../lib/feeds/http';
import type { RequestRecord } from '../../lib/feeds/types';
import { startFeedServer, type FeedServer, type Route } from '../../scripts/feed-server';

let server: FeedServer;
let inFlight = 0;
let maxInFlight = 0;
const counted: Route = (_, res) => {
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  setTimeout(() => {
    inFlight--;
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<p>ok</p>');
  }, 40);
};

beforeAll(async () => {
  server = await startFeedServer({ routes: { '/counted.html': counted } });
});
afterAll(() => server.close());

function http(extra: Partial<Parameters<typeof createHttp>[0]> = {}) {
  const records: RequestRecord[] = [];
  const h = createHttp({ fetch, onRequest: (r) => records.push(r), ...extra });
  return { h, records };
}

const MB = 1024 * 1024;

describe('the feed HTTP layer against the fault server', () => {
  it('reads a body and reports the request with its bytes, without cookies or Referer', async () => {
    const { h, records } = http();
    const before = server.requests.length;
    const out = await h.request(`${server.origin}/rss.xml`, 'feed', {}, 5 * MB);
    expect(out.kind).toBe('body');
    if (out.kind !== 'body') return;
    expect(new TextDecoder().decode(out.bytes)).toContain('Harbour Gazette');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'feed', status: 200, error: null });
    expect(records[0]!.bytes).toBe(out.bytes.byteLength);
    const sent = server.requests[before]!;
    expect(sent.headers.cookie).toBeUndefined();
    expect(sent.headers.referer).toBeUndefined();
  });

  it('takes a 304 for a conditional request', async () => {
    const { h } = http();
    const out = await h.request(`${server.origin}/rss.xml`, 'feed', { 'If-None-Match': '"feed-v1"' }, MB);
    expect(out.kind).toBe('not-modified');
  });

  it('maps statuses to codes and reads Retry-After in seconds and as a date', async () => {
    const { h } = http({ now: () => 1_000_000 });
    const get = (p: string) => h.request(`${server.origin}${p}`, 'feed', {}, MB);
    expect(await get('/missing.xml')).toMatchObject({ kind: 'error', code: 'not-found', status: 404 });
    expect(await get('/gone.xml')).toMatchObject({ code: 'not-found', status: 410 });
    expect(await get('/forbidden.xml')).toMatchObject({ code: 'forbidden' });
    expect(await get('/error.xml')).toMatchObject({ code: 'server-error', status: 500 });
    expect(await get('/rate-limited.xml')).toMatchObject({
      code: 'rate-limited',
      retryAt: 1_000_000 + 120_000,
    });
    expect(await get('/unavailable.xml')).toMatchObject({ code: 'rate-limited', retryAt: 1_060_000 });
    const dated = await get('/rate-limited-date.xml');
    expect(dated.kind === 'error' && dated.retryAt! > Date.now() + 3_000_000).toBe(true);
  });

  it('gives up on a response slower than the timeout', async () => {
    const { h, records } = http({ timeoutMs: 300 });
    const t0 = Date.now();
    const out = await h.request(`${server.origin}/slow.xml`, 'feed', {}, MB);
    expect(out).toMatchObject({ kind: 'error', code: 'timeout' });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(records[0]!.error).toBe('timeout');
  });

  it('stops reading an endless body at the cap', async () => {
    const { h, records } = http();
    const out = await h.request(`${server.origin}/huge.xml`, 'feed', {}, MB);
    expect(out).toMatchObject({ kind: 'error', code: 'too-large' });
    expect(records[0]!.bytes).toBeGreaterThan(MB);
    expect(records[0]!.bytes).toBeLessThan(MB + 256 * 1024);
  });

  it('decompresses gzip', async () => {
    const { h } = http();
    const out = await h.request(`${server.origin}/gzip.xml`, 'feed', {}, MB);
    expect(out.kind === 'body' && new TextDecoder().decode(out.bytes)).toContain('gzip 1');
  });

  it('follows a redirect within allowed origins, hop by hop', async () => {
    const { h, records } = http({ allowed: (u) => u.startsWith(server.origin) });
    const out = await h.request(`${server.origin}/moved.xml`, 'feed', {}, MB);
    expect(out).toMatchObject({ kind: 'body', url: `${server.origin}/rss.xml` });
    expect(records.map((r) => r.status)).toEqual([301, 200]);
  });

  it('never requests an origin that is not allowed', async () => {
    const { h } = http({ allowed: (u) => u.startsWith(server.origin) });
    const before = server.requests.length;
    const out = await h.request(`${server.origin}/moved-away.xml`, 'feed', {}, MB);
    expect(out).toMatchObject({ kind: 'error', code: 'redirect-not-allowed' });
    const hosts = server.requests.slice(before).map((r) => r.host);
    expect(hosts).toEqual([server.origin.slice('http://'.length)]);
    const direct = await h.request(`${server.otherOrigin}/rss.xml`, 'feed', {}, MB);
    expect(direct.kind).toBe('error');
    expect(server.requests.length).toBe(before + 1);
  });

  it('stops a redirect loop after 5 hops', async () => {
    const { h, records } = http();
    const out = await h.request(`${server.origin}/loop.xml`, 'feed', {}, MB);
    expect(out).toMatchObject({ kind: 'error', code: 'http-error' });
    expect(records).toHaveLength(6);
  });

  it('resolves an opaque redirect through redirectTarget, or refuses it', async () => {
    const opaqueFetch: typeof fetch = async (input, init) => {
      const url = String(input);
      if (url.endsWith('/opaque')) {
        return { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as Response;
      }
      return fetch(input, init);
    };
    const without = createHttp({ fetch: opaqueFetch });
    expect(await without.request(`${server.origin}/opaque`, 'feed', {}, MB)).toMatchObject({
      code: 'redirect-not-allowed',
      detail: OPAQUE_REDIRECT_DETAIL,
    });
    const withTarget = createHttp({
      fetch: opaqueFetch,
      redirectTarget: async () => `${server.origin}/atom.xml`,
    });
    expect(await withTarget.request(`${server.origin}/opaque`, 'feed', {}, MB)).toMatchObject({
      kind: 'body',
      url: `${server.origin}/atom.xml`,
    });
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const { h } = http({ concurrency: 3 });
    maxInFlight = 0;
    const all = await Promise.all(
      Array.from({ length: 10 }, () => h.request(`${server.origin}/counted.html`, 'page', {}, MB)),
    );
    expect(all.every((o) => o.kind === 'body')).toBe(true);
    expect(maxInFlight).toBe(3);
  });

  it('reports a refused connection as a network error', async () => {
    const { h } = http();
    const out = await h.request('http://127.0.0.1:1/x', 'feed', {}, MB);
    expect(out).toMatchObject({ kind: 'error', code: 'network' });
  });
});

describe('backoff and Retry-After', () => {
  it('doubles from 30 minutes and caps at 24 hours', () => {
    const min = 60_000;
    expect([1, 2, 3, 6, 7, 50].map(backoffMs)).toEqual([
      30 * min,
      60 * min,
      120 * min,
      960 * min,
      1440 * min,
      1440 * min,
    ]);
  });
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('30', 1000)).toBe(31_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 18:00:00 GMT', 0)).toBe(Date.UTC(2026, 11, 2, 18));
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(statusCode(503, false)).toBe('server-error');
    expect(statusCode(418, false)).toBe('http-error');
  });
});
