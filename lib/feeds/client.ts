/**
 * The feed client: lib/feeds/http.ts (one limiter, timeouts, caps, redirects by hand) plus what
 * a good HTTP citizen remembers of each feed: conditional requests from the last ETag and
 * Last-Modified, exponential backoff after failures, Retry-After honoured, and no request at all
 * while a feed waits its turn. The caller keeps the FeedFetchState between runs (the extension in
 * IndexedDB, the CLI in `--state`). Used by both, with `fetch` passed in.
 */
import { decodeBody, metaCharset } from './charset.ts';
import { backoffMs, createHttp, emptyFeedState, FEED_ACCEPT, PAGE_ACCEPT } from './http.ts';
import { parseFeed } from './parse.ts';
import type {
  FeedClient,
  FeedClientOptions,
  FeedErrorCode,
  FeedFetchResult,
  FeedFetchState,
  PageFetchResult,
} from './types.ts';

/** The state after a failure: one more in the run, and the next try pushed back. */
export function failedState(
  state: FeedFetchState,
  code: FeedErrorCode,
  status: number | null,
  now: number,
  retryAt: number | null = null,
): FeedFetchState {
  const failures = state.failures + 1;
  return {
    ...state,
    failures,
    retryAt: Math.max(retryAt ?? 0, now + backoffMs(failures)),
    lastStatus: status,
    lastError: code,
    errorSince: state.errorSince ?? now,
  };
}

function okState(state: FeedFetchState, headers: Headers, status: number, now: number): FeedFetchState {
  return {
    etag: headers.get('etag') ?? state.etag,
    lastModified: headers.get('last-modified') ?? state.lastModified,
    failures: 0,
    retryAt: null,
    lastStatus: status,
    lastError: null,
    errorSince: null,
    lastOkAt: now,
  };
}

function isHtml(contentType: string | null): boolean {
  return contentType === null || /\b(text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

export function createFeedClient(opts: FeedClientOptions): FeedClient {
  const http = createHttp(opts);

  async function feed(url: string, given: FeedFetchState | null): Promise<FeedFetchResult> {
    const state = given ?? emptyFeedState();
    const now = http.now();
    if (state.retryAt !== null && now < state.retryAt) {
      return {
        kind: 'error',
        code: 'backing-off',
        detail: `waits until ${new Date(state.retryAt).toISOString()}`,
        state,
      };
    }
    const headers: Record<string, string> = { Accept: FEED_ACCEPT };
    if (state.etag) headers['If-None-Match'] = state.etag;
    if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
    const out = await http.request(url, 'feed', headers, http.maxFeedBytes);
    const at = http.now();
    if (out.kind === 'not-modified') {
      return { kind: 'not-modified', state: okState(state, out.headers, out.status, at) };
    }
    if (out.kind === 'error') {
      return {
        kind: 'error',
        code: out.code,
        detail: out.detail,
        state: failedState(state, out.code, out.status, at, out.retryAt),
      };
    }
    const parsed = parseFeed(out.bytes, out.headers.get('content-type'), out.url);
    if (!parsed.ok) {
      return {
        kind: 'error',
        code: parsed.code,
        detail: parsed.detail,
        state: failedState(state, parsed.code, out.status, at),
      };
    }
    return {
      kind: 'ok',
      feed: parsed.feed,
      url: out.url,
      state: okState(state, out.headers, out.status, at),
    };
  }

  async function page(url: string): Promise<PageFetchResult> {
    const out = await http.request(url, 'page', { Accept: PAGE_ACCEPT }, http.maxPageBytes);
    if (out.kind === 'error') return { ok: false, code: out.code, status: out.status };
    if (out.kind === 'not-modified') return { ok: false, code: 'http-error', status: out.status };
    const contentType = out.headers.get('content-type');
    if (!isHtml(contentType)) return { ok: false, code: 'not-html', status: out.status };
    const declared = /charset=/i.test(contentType ?? '') ? null : metaCharset(out.bytes);
    const html = decodeBody(out.bytes, declared ? `text/html; charset=${declared}` : contentType);
    return { ok: true, url: out.url, html, contentType };
  }

  return { feed, page };
}
