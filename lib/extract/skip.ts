/**
 * Pages Parallax never reads: frames, documents that are not HTML (the PDF viewer, images,
 * plain text), browser and extension pages. Checked first, before any other work.
 */

const BROWSER_SCHEMES =
  /^(about|chrome|edge|brave|opera|vivaldi|resource|view-source|devtools|data|blob|javascript):/i;
const EXTENSION_SCHEMES = /^(chrome-extension|moz-extension|safari-web-extension|extension):/i;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Why the page is skipped, or null when it can be read. `url` defaults to the document's own.
 * jsdom's default `about:blank` is not taken as a browser page unless it is passed explicitly:
 * a document parsed without a URL is still a page to read.
 */
export function skipReason(doc: Document, url?: string | null): string | null {
  const href = url ?? (doc.URL === 'about:blank' ? '' : doc.URL);
  if (EXTENSION_SCHEMES.test(href)) return 'extension-page';
  if (BROWSER_SCHEMES.test(href)) return 'browser-page';
  const type = (doc.contentType || 'text/html').toLowerCase();
  if (!HTML_TYPES.has(type)) return `not-html:${type}`;
  if (isFrame(doc)) return 'frame';
  const body = doc.body;
  if (!body) return 'no-body';
  if (body.localName === 'frameset') return 'frameset';
  return null;
}

/** True for the pages Parallax never reads (see `skipReason`). */
export function isSkippablePage(doc: Document, url?: string | null): boolean {
  return skipReason(doc, url) !== null;
}

function isFrame(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  try {
    return win.top !== win;
  } catch {
    // A cross-origin parent can refuse even this comparison: then we are certainly in a frame.
    return true;
  }
}
