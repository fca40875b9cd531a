/**
 * Chrome's offscreen document: the one place with a DOM where the background can have a
 * page's article extracted, away from the page's main thread (a service worker has no DOM).
 * It rebuilds the snapshot the content script took in an inert document of its own and
 * answers with the extraction. Nothing here loads or runs any page content.
 */
import { extractSnapshot } from '@/lib/extract';
import { listen } from '@/utils/messaging';

listen({
  'offscreen/extract': ({ url, snapshot }) => extractSnapshot(snapshot, url, document.implementation),
});
