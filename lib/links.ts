/**
 * Addresses the UI may open. Corpus and feed text is untrusted: only an absolute http(s) URL
 * becomes a link (never `javascript:`, `data:` or an extension page).
 */
export function openableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
