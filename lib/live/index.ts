/**
 * Live coverage, the pure core: followed outlets, the store (IndexedDB "parallax-live"), the
 * refresh state machine, the request log, reading history and the match index kept in step.
 * The extension wires it to its browser (alarms, permissions, the offscreen extraction);
 * nothing here touches a browser API.
 */
export {
  openLiveStore,
  LiveStoreError,
  articleBytes,
  DEFAULT_RETENTION_BYTES,
  DEFAULT_RETENTION_DAYS,
  REQUEST_LOG_SIZE,
  type AddressHit,
  type LiveStore,
  type LiveStoreOptions,
  type PruneOptions,
} from './store.ts';
export { LIVE_DB } from './schema.ts';
export {
  createRefresher,
  extractedArticle,
  type Extract,
  type Extracted,
  type LiveChange,
  type Refresher,
  type RefresherDeps,
  type RefreshProgress,
  type RefreshResult,
  type RunOptions,
} from './refresh.ts';
export { createRequestLog, type RequestLog } from './request-log.ts';
export { historyArticle } from './history.ts';
export { applyLiveChange, indexFingerprint, type IndexedArticles } from './index-sync.ts';
export {
  hostPermissions,
  mergeOutlet,
  originOf,
  originsOf,
  originsToRelease,
  outletFrom,
  outletId,
  outletsFromOpml,
  outletStatus,
  renameOutlet,
  type OutletSource,
  type OutletStatus,
} from './outlets.ts';
export type * from './types.ts';
export {
  createLiveService,
  type LivePermissions,
  type LiveService,
  type LiveServiceDeps,
} from './service.ts';
export { granted, missingOrigins, patternCovers } from './permissions.ts';
