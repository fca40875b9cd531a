/** Article detection and extraction: the pure core the content script, CLI and eval share. */

export { extractPage, type PageExtraction } from './extract';
export { readMetadata } from './metadata';
export { elementPath, resolvePath } from './paths';
export { probePage } from './probe';
export { isSkippablePage, skipReason } from './skip';
export type { PageMetadata, ProbeResult } from './types';
