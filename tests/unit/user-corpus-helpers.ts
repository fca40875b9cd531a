// Small synthetic articles and a fresh in-memory IndexedDB for the reader's-corpus tests.
import { IDBFactory } from 'fake-indexeddb';
import { openUserCorpus, type UserCorpus, type UserCorpusOptions } from '../../lib/user-corpus';

export const FIXED_NOW = () => new Date('2025-04-08T10:30:00.000Z');

/** An article whose text is unique to `id`. */
export function article(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: `Council votes on ${id}`,
    text: `The town council of ${id} voted on Tuesday to rebuild the bridge.\n\nWork starts in May.`,
    ...extra,
  };
}

export const ndjson = (items: unknown[]) => items.map((i) => JSON.stringify(i)).join('\n') + '\n';

export async function freshCorpus(
  options: UserCorpusOptions = {},
): Promise<{ corpus: UserCorpus; idb: IDBFactory }> {
  const idb = new IDBFactory();
  const corpus = await openUserCorpus(idb, 'parallax-test', { now: FIXED_NOW, ...options });
  return { corpus, idb };
}
