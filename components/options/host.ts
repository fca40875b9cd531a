/**
 * A site as the reader types it ("www.example.com", "https://example.com/news/x") reduced to
 * the host name the settings are keyed by, or null when it is not one.
 */
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function hostFromInput(input: string): string | null {
  const value = input.trim();
  if (value === '' || /\s/.test(value)) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`).hostname;
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  return HOST.test(host) ? host : null;
}
