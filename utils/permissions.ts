/**
 * Host permissions from the reader's click. Following an outlet asks for its origins as
 * optional host permissions BEFORE the background is told to follow it: browsers grant a
 * permission request only in answer to a user gesture, so the request is the first thing the
 * click does (no await before it). When the background answers that more origins are needed
 * (the feed or its articles live on another host), the UI offers "Allow <host>", a second
 * click, and retries. Unfollowing gives back what no other outlet needs.
 *
 * Pure over what it is given (the permissions API and `send`), so it is tested in Node.
 */
import { flowOf, IDLE_FLOW, type FollowFlow, type FollowOutcome } from '@/components/follow-state';
import type { OpmlFeed } from '@/lib/feeds/opml';
import type { FollowReply, FollowRequest, ImportOpmlReply, Messages } from '@/lib/protocol';

export interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export type SendFn = <K extends keyof Messages>(
  type: K,
  payload: Messages[K]['payload'],
) => Promise<Messages[K]['reply']>;

/** `https://host/*` for an http(s) URL or origin, else null. */
export function originPattern(urlOrOrigin: string): string | null {
  try {
    const u = new URL(urlOrOrigin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.origin}/*`;
  } catch {
    return null;
  }
}

/** The distinct match patterns of `urls` (URLs or origins), in their order; bad ones left out. */
export function originPatterns(urls: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const url of urls) {
    const pattern = url ? originPattern(url) : null;
    if (pattern) out.add(pattern);
  }
  return [...out];
}

async function ask(permissions: PermissionsApi, patterns: string[]): Promise<boolean> {
  if (patterns.length === 0) return true;
  try {
    return await permissions.request({ origins: patterns });
  } catch {
    return false;
  }
}

/**
 * Follow `request`, asking first for `origins` (the feed's and the site's, URLs or origins).
 * Call it from the click handler itself: the permission request starts synchronously.
 */
export function followWithPermission(
  deps: { permissions: PermissionsApi; send: SendFn },
  request: FollowRequest,
  origins: readonly (string | null | undefined)[],
): Promise<FollowOutcome> {
  const patterns = originPatterns(origins);
  const asked = ask(deps.permissions, patterns);
  return asked.then(async (granted) => {
    if (!granted) return { code: 'denied', origins: patterns };
    return deps.send('ui/follow', request);
  });
}

/**
 * Follow every feed of an OPML list, asking first for all their origins (feeds and sites) in
 * one request, from the click. A refusal follows nothing.
 */
export function importWithPermission(
  deps: { permissions: PermissionsApi; send: SendFn },
  feeds: readonly OpmlFeed[],
): Promise<ImportOpmlReply | { denied: true }> {
  const patterns = originPatterns(feeds.flatMap((f) => [f.url, f.siteUrl]));
  return ask(deps.permissions, patterns).then(async (granted) =>
    granted ? deps.send('ui/import-opml', { feeds: [...feeds] }) : { denied: true as const },
  );
}

/**
 * Stop following `outletId` and give back the origins no other outlet needs. A permission the
 * browser will not remove (a required one, as in a test build that pre-grants its server) is
 * not an error: the outlet is unfollowed all the same.
 */
export async function unfollowAndRelease(
  deps: { permissions: PermissionsApi; send: SendFn },
  outletId: string,
): Promise<{ ok: boolean; releaseOrigins: string[] }> {
  const reply = await deps.send('ui/unfollow', { outletId });
  const patterns = originPatterns(reply.releaseOrigins);
  if (patterns.length > 0) {
    try {
      await deps.permissions.remove({ origins: patterns });
    } catch (err) {
      console.debug('[Parallax] permissions.remove:', err);
    }
  }
  return reply;
}

export interface FollowFlowDeps {
  permissions: PermissionsApi;
  send: SendFn;
  render(flow: FollowFlow): void;
  /** A follow went through (followed, or already followed). */
  onFollowed?(reply: FollowReply): void;
}

export interface FollowFlowControl {
  /** From the click: ask for `origins`, then follow `request`. `name` names it in the outcome. */
  follow(request: FollowRequest, origins: readonly (string | null | undefined)[], name: string): void;
  /** From the "Allow <host>" click: ask for the origins the background named, and retry. */
  allow(): void;
  reset(): void;
}

/** One follow at a time, step by step, for a surface to render. */
export function createFollowFlow(deps: FollowFlowDeps): FollowFlowControl {
  let flow: FollowFlow = IDLE_FLOW;
  let last: { request: FollowRequest; name: string } | null = null;
  const set = (next: FollowFlow) => {
    flow = next;
    deps.render(flow);
  };
  const run = (request: FollowRequest, origins: readonly (string | null | undefined)[], name: string) => {
    last = { request, name };
    const pending = followWithPermission(deps, request, origins);
    set({ kind: 'working' });
    pending
      .then((outcome: FollowOutcome) => {
        set(flowOf(outcome, name));
        if (outcome.code === 'followed' || outcome.code === 'already-followed') deps.onFollowed?.(outcome);
      })
      .catch((err: unknown) =>
        set({ kind: 'done', ok: false, text: err instanceof Error ? err.message : String(err) }),
      );
  };
  return {
    follow(request, origins, name) {
      if (flow.kind === 'working') return;
      run(request, origins, name);
    },
    allow() {
      if (flow.kind !== 'needs-permission' || !last) return;
      run(last.request, flow.origins, last.name);
    },
    reset() {
      last = null;
      set(IDLE_FLOW);
    },
  };
}
