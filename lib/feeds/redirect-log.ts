/**
 * Where Parallax's own redirected requests went, for the feed client's `redirectTarget`. An MV3
 * extension's `fetch(..., { redirect: 'manual' })` answers a redirect with an opaque response (no
 * status, no Location), so the background hears the Location from the browser (webRequest's
 * response headers of its own requests) and the client asks here before following it by hand,
 * after checking the target is a granted origin. The browser's event and the fetch's answer race:
 * a target not yet heard is waited for, briefly. Nothing is kept longer than `keepMs`.
 */

export interface RedirectLogOptions {
  /** How long `target` waits for a redirect not yet heard (default 2 s). */
  waitMs?: number;
  /** How long a heard redirect is kept for the client to ask (default 60 s). */
  keepMs?: number;
  now?: () => number;
}

export interface RedirectLog {
  /** A response to `url` redirected to `location` (absolute, or relative to `url`). */
  heard(url: string, location: string): void;
  /** Where the last redirect of `url` went, or null when none is heard within the wait. */
  target(url: string): Promise<string | null>;
}

/** The same address however the browser spells it (a fragment is never sent). */
function key(url: string): string | null {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

export function createRedirectLog(options: RedirectLogOptions = {}): RedirectLog {
  const waitMs = options.waitMs ?? 2_000;
  const keepMs = options.keepMs ?? 60_000;
  const now = options.now ?? Date.now;
  const heard = new Map<string, { to: string; at: number }>();
  const waiting = new Map<string, Set<(to: string) => void>>();

  function forget(): void {
    for (const [from, h] of heard) if (now() - h.at > keepMs) heard.delete(from);
  }

  return {
    heard(url, location) {
      const from = key(url);
      if (from === null) return;
      let to: string;
      try {
        to = new URL(location, from).href;
      } catch {
        return;
      }
      forget();
      heard.set(from, { to, at: now() });
      for (const wake of waiting.get(from) ?? []) wake(to);
      waiting.delete(from);
    },
    target(url) {
      const from = key(url);
      if (from === null) return Promise.resolve(null);
      const known = heard.get(from);
      if (known && now() - known.at <= keepMs) {
        heard.delete(from);
        return Promise.resolve(known.to);
      }
      return new Promise((resolve) => {
        const wake = (to: string) => {
          clearTimeout(timer);
          heard.delete(from);
          resolve(to);
        };
        const timer = setTimeout(() => {
          waiting.get(from)?.delete(wake);
          resolve(null);
        }, waitMs);
        if (!waiting.has(from)) waiting.set(from, new Set());
        waiting.get(from)!.add(wake);
      });
    },
  };
}
