/**
 * Chrome's offscreen document: the one place with a DOM where the background can have a
 * page's article extracted, away from the page's main thread (a service worker has no DOM).
 * It rebuilds the snapshot the content script took in an inert document of its own and
 * answers with the extraction; and it reads the pages a refresh of followed outlets fetched.
 * Nothing here loads or runs any page content.
 */
import { extractPage, extractSnapshot } from '@/lib/extract';
import { extractedArticle } from '@/lib/live/refresh';
import { listen } from '@/utils/messaging';

listen({
  'offscreen/extract': ({ url, snapshot }) => extractSnapshot(snapshot, url, document.implementation),
  // A page a refresh fetched: parsed as 'text/html' by DOMParser, an inert document (no script
  // runs, nothing loads), then the same extraction as a page being read.
  'offscreen/extract-html': ({ url, html }) =>
    extractedArticle(extractPage(new DOMParser().parseFromString(html, 'text/html'), url)),
});
