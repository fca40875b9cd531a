/**
 * Article detection and extraction: the pure core the content script, the CLI and the eval
 * share. Works on any DOM `Document` (the browser's, jsdom's, happy-dom's) and never writes
 * to it.
 *
 *   isSkippablePage  frames, PDF/image/text documents, browser and extension pages (skip.ts)
 *   probePage        cheap first look: metadata (metadata.ts: jsonld.ts, meta-tags.ts,
 *                    parsely.ts, title.ts) + one bounded pass over candidate elements
 *                    (candidates.ts, page-stats.ts, teasers.ts) -> likely or not, and why
 *   extractPage      skip -> probe -> size guards -> body-only clone mapped back to the live
 *                    page (paths.ts) -> Readability (readability.ts) -> paragraphs without
 *                    furniture (paragraphs.ts, furniture.ts, boilerplate.ts, assemble.ts)
 *                    -> fields (fields.ts) and verdict with its reasons (verdict.ts)
 *
 *   takeSnapshot     the page as plain data, read in slices; rebuildDocument makes it an
 *                    inert document with the same element tree, so extractPage can run
 *                    away from the page's main thread and its paths still fit (snapshot.ts,
 *                    rebuild.ts: extractSnapshot)
 *
 * extractPage runs the probe itself; call probePage alone when only the cheap answer is needed.
 */

export { extractPage, tooLargePage, type PageExtraction } from './extract';
export { readMetadata } from './metadata';
export { elementPath, resolvePath } from './paths';
export { probePage } from './probe';
export { isSkippablePage, skipReason } from './skip';
export { extractSnapshot, isSnapshot, rebuildDocument, unreadable } from './rebuild';
export { takeSnapshot, type PageSnapshot } from './snapshot';
export type { PageMetadata, ProbeResult } from './types';
