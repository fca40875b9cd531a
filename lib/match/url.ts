/** Comparing article addresses. */

/** An address without scheme, "www.", fragment, tracking parameters or trailing slash. */
export function normalizeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:www\.)?([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!m) return null;
  const query = (m[2] ?? '')
    .slice(1)
    .split('&')
    .filter((p) => p && !/^(?:utm_|fbclid|gclid)/i.test(p))
    .join('&');
  return `${(m[1] ?? '').toLowerCase().replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
}
