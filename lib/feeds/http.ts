/**
 * The HTTP half of the feed client, with `fetch` passed in: one limiter for every request in
 * flight, a timeout per request, size caps enforced while streaming (the rest is never read),
 * and redirects followed by hand, hop by hop, only to allowed URLs (an MV3 opaque redirect is
 * resolved through `redirectTarget`). No cookies, no cache, no Referer. Every request is
 * reported to `onRequest`. lib/feeds/client.ts adds feed state and parsing on top.
 */
import type { FeedClientOptions, FeedErrorCode, FeedFetchState, RequestRecord } from './types.ts';

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_FEED_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_PAGE_BYTES = 3 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
const BACKOFF_BASE_MS = 30 * 60_000;
const BACKOFF_CAP_MS = 24 * 60 * 60_000;

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export const OPAQUE_REDIRECT_DETAIL = 'moved to an address Parallax cannot see';

/** The state of a feed never asked. */
export function emptyFeedState(): FeedFetchState {
  return {
    etag: null,
    lastModified: null,
    failures: 0,
    retryAt: null,
    lastStatus: null,
    lastError: null,
    errorSince: null,
    lastOkAt: null,
  };
}

/** Deterministic backoff after `failures` consecutive failures: 30 min, 1 h, 2 h, ... 24 h. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
}

/** Retry-After as epoch ms: delta-seconds or an HTTP-date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return now + Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(now, t);
}

/** The error code of a non-2xx, non-3xx status. */
export function statusCode(status: number, retryAfter: boolean): FeedErrorCode {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 429 || (status === 503 && retryAfter)) return 'rate-limited';
  if (status >= 500) return 'server-error';
  return 'http-error';
}

/** At most `n` tasks at once, in the order they asked. */
function createLimiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

export type Outcome =
  | {
      kind: 'body';
      url: string;
      status: number;
      headers: Headers;
      bytes: Uint8Array;
    }
  | { kind: 'not-modified'; url: string; status: number; headers: Headers }
  | {
      kind: 'error';
      code: FeedErrorCode;
      detail: string;
      status: number | null;
      retryAt: number | null;
    };

type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; read: number };

/** Read a body up to `max` bytes; past it, cancel the stream and stop. */
async function readCapped(res: Response, max: number): Promise<ReadResult> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => {});
    return { ok: false, read: 0 };
  }
  if (!res.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return { ok: false, read: total };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

function megabytes(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

export interface Http {
  /** A GET with its redirects followed by hand; `max` caps the body. */
  request(url: string, kind: 'feed' | 'page', headers: Record<string, string>, max: number): Promise<Outcome>;
  now: () => number;
  maxFeedBytes: number;
  maxPageBytes: number;
}

export function createHttp(opts: FeedClientOptions): Http {
  const fetchFn = opts.fetch;
  const now = opts.now ?? Date.now;
  const limit = createLimiter(Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxFeedBytes = opts.maxFeedBytes ?? DEFAULT_MAX_FEED_BYTES;
  const maxPageBytes = opts.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
  const allowed = opts.allowed ?? (() => true);

  function record(r: Omit<RequestRecord, 'time'>): void {
    opts.onRequest?.({ time: now(), ...r });
  }

  /** One request, no redirect followed: the limiter's slot is held until the body is read. */
  function hop(
    url: string,
    kind: 'feed' | 'page',
    headers: Record<string, string>,
    max: number,
  ): Promise<Outcome | { kind: 'redirect'; status: number; location: string | null }> {
    return limit(async () => {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      let status: number | null = null;
      let bytes = 0;
      let error: FeedErrorCode | null = null;
      try {
        const res = await fetchFn(url, {
          method: 'GET',
          headers,
          redirect: 'manual',
          credentials: 'omit',
          cache: 'no-store',
          referrerPolicy: 'no-referrer',
          signal: controller.signal,
        });
        if (res.type === 'opaqueredirect') {
          return { kind: 'redirect', status: 0, location: null } as const;
        }
        status = res.status;
        if (status >= 300 && status < 400 && status !== 304) {
          await res.body?.cancel().catch(() => {});
          return { kind: 'redirect', status, location: res.headers.get('location') } as const;
        }
        if (status === 304) {
          await res.body?.cancel().catch(() => {});
          return { kind: 'not-modified', url, status, headers: res.headers } as const;
        }
        if (status < 200 || status >= 300) {
          await res.body?.cancel().catch(() => {});
          const ra = parseRetryAfter(res.headers.get('retry-after'), now());
          error = statusCode(status, ra !== null);
          return {
            kind: 'error',
            code: error,
            detail: `HTTP ${status}`,
            status,
            retryAt: error === 'rate-limited' ? ra : null,
          } as const;
        }
        const read = await readCapped(res, max);
        if (!read.ok) {
          bytes = read.read;
          error = 'too-large';
          return {
            kind: 'error',
            code: error,
            detail: `larger than ${megabytes(max)}`,
            status,
            retryAt: null,
          } as const;
        }
        bytes = read.bytes.byteLength;
        return { kind: 'body', url, status, headers: res.headers, bytes: read.bytes } as const;
      } catch (err) {
        error = timedOut ? 'timeout' : 'network';
        return {
          kind: 'error',
          code: error,
          detail: timedOut
            ? `no answer in ${Math.round(timeoutMs / 1000)} s`
            : err instanceof Error
              ? (err.cause instanceof Error ? err.cause.message : err.message).slice(0, 200)
              : String(err).slice(0, 200),
          status,
          retryAt: null,
        } as const;
      } finally {
        clearTimeout(timer);
        record({ url, kind, status, bytes, error });
      }
    });
  }

  /** A request with its redirects followed by hand, each hop only to an allowed URL. */
  async function request(
    url: string,
    kind: 'feed' | 'page',
    headers: Record<string, string>,
    max: number,
  ): Promise<Outcome> {
    let current = url;
    if (!allowed(current)) {
      return {
        kind: 'error',
        code: 'forbidden',
        detail: 'address not granted',
        status: null,
        retryAt: null,
      };
    }
    for (let hops = 0; ; hops++) {
      const out = await hop(current, kind, headers, max);
      if (out.kind !== 'redirect') return out;
      let target: string | null = null;
      if (out.status === 0) {
        target = opts.redirectTarget ? await opts.redirectTarget(current) : null;
        if (target === null) {
          return {
            kind: 'error',
            code: 'redirect-not-allowed',
            detail: OPAQUE_REDIRECT_DETAIL,
            status: null,
            retryAt: null,
          };
        }
      } else if (out.location !== null) {
        try {
          target = new URL(out.location, current).href;
        } catch {
          target = null;
        }
      }
      if (target === null) {
        return {
          kind: 'error',
          code: 'http-error',
          detail: `HTTP ${out.status} without a usable Location`,
          status: out.status,
          retryAt: null,
        };
      }
      if (hops + 1 > MAX_REDIRECTS) {
        return {
          kind: 'error',
          code: 'http-error',
          detail: `more than ${MAX_REDIRECTS} redirects`,
          status: out.status,
          retryAt: null,
        };
      }
      if (!/^https?:$/.test(new URL(target).protocol) || !allowed(target)) {
        return {
          kind: 'error',
          code: 'redirect-not-allowed',
          detail: `moved to ${new URL(target).origin}`,
          status: out.status,
          retryAt: null,
        };
      }
      current = target;
    }
  }

  return { request, now, maxFeedBytes, maxPageBytes };
}
