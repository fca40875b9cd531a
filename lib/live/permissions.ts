/**
 * Host permissions as match patterns (`https://*.example.com/*`, `http://127.0.0.1/*`,
 * `<all_urls>`): does what the browser has granted cover an origin? Pure, so the live service
 * can decide synchronously, for every request and every redirect hop, whether it may be made.
 * A pattern's path is ignored (host permissions are whole origins); a pattern without a port
 * covers every port, as in Chrome and Firefox.
 */

interface Parsed {
  scheme: string;
  host: string;
  port: string | null;
}

function parsePattern(pattern: string): Parsed | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', port: null };
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:*]+|\[[^\]]+\])(?::(\d+|\*))?\//i.exec(pattern);
  if (!m) return null;
  const port = m[3] === undefined || m[3] === '*' ? null : m[3];
  return { scheme: m[1]!.toLowerCase(), host: m[2]!.toLowerCase(), port };
}

/** True when `pattern` covers the origin of `url` (an http(s) URL or origin). */
export function patternCovers(pattern: string, url: string): boolean {
  const p = parsePattern(pattern);
  if (!p) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (p.scheme !== '*' && p.scheme !== scheme) return false;
  const defaultPort = scheme === 'https' ? '443' : '80';
  if (p.port !== null && p.port !== (u.port || defaultPort)) return false;
  const host = u.hostname.toLowerCase();
  if (p.host === '*') return true;
  if (p.host.startsWith('*.')) {
    const base = p.host.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === p.host;
}

/** True when one of the granted `patterns` covers `url`'s origin. */
export function granted(patterns: readonly string[], url: string): boolean {
  return patterns.some((p) => patternCovers(p, url));
}

/** The origins of `origins` no granted pattern covers. */
export function missingOrigins(patterns: readonly string[], origins: readonly string[]): string[] {
  return origins.filter((o) => !granted(patterns, o));
}
