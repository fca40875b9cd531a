/**
 * The reader's own corpus: articles added from a page or imported from a file, stored in
 * IndexedDB beside the read-only bundled corpus. `planImport` checks a file without storage;
 * `serveImports` and `importRemotely` run an import in a worker for a page.
 */
export { openUserCorpus } from './store.ts';
export type { AddResult, ArticleInput, CorpusChange, UserCorpus, UserCorpusOptions } from './store.ts';
export type { ImportOptions, ImportReport } from './import.ts';
export { formatDuplicate, planImport, type Duplicate, type ImportPlan } from './plan.ts';
export type { DuplicateSource } from './known.ts';
export type { ImportProgress } from './write.ts';
export type { UserArticle } from './schema.ts';
export { ImportError, QuotaError, UnreadableFileError } from './errors.ts';
export { importRemotely, WorkerUnavailableError, type RemoteImportOptions } from './import-remote.ts';
export { serveImports } from './import-serve.ts';
export { readSourceText } from './source.ts';
export { IMPORT_LIMITS } from './limits.ts';
export type { ImportRequest, Port } from './import-wire.ts';
export { timeSlices } from '../slices.ts';
export { NewerSchemaError } from './open.ts';
export { articleFromPage, pageArticleId } from './from-page.ts';
export { corpusFingerprint, loadOrBuild, openIndexCache, type IndexCache } from './index-cache.ts';
