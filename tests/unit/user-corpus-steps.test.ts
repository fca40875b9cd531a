// Long work in steps: reading an import in slices that leave the thread free between them,
// and listing a big corpus in batches, with the same results as all at once.
import { IDBFactory, IDBIndex, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openUserCorpus } from '../../lib/user-corpus';
import { readImport, readImportSteps } from '../../lib/user-corpus/read';
import { timeSlices } from '../../lib/slices';
import { driveSteps } from '../../lib/user-corpus/steps';
import { READ_BATCH } from '../../lib/user-corpus/store';
import { article, freshCorpus, ndjson } from './user-corpus-helpers';

const many = (n: number) => Array.from({ length: n }, (_, i) => article(`n${i}`));

afterEach(() => vi.restoreAllMocks());

describe('steps', () => {
  it('reads a file in chunks, pausing between them, with the result of reading it at once', async () => {
    const text = ndjson(many(450));
    let pauses = 0;
    const read = await driveSteps(readImportSteps(text, 'x.ndjson'), { pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(read).toEqual(readImport(text, 'x.ndjson'));
    expect(read.articles).toHaveLength(450);
  });

  it('stops at the next step once cancelled, with the signal’s reason', async () => {
    const controller = new AbortController();
    let pauses = 0;
    const pause = async () => {
      if (++pauses === 2) controller.abort(new Error('stop'));
    };
    const steps = readImportSteps(ndjson(many(450)));
    await expect(driveSteps(steps, { pause, signal: controller.signal })).rejects.toThrow('stop');
    expect(pauses).toBe(2);
  });

  it('yields to the event loop only once the slice’s time is used up', async () => {
    let now = 0;
    let yields = 0;
    const pause = timeSlices(
      8,
      () => now,
      async () => void yields++,
    );
    await pause();
    now = 7;
    await pause();
    expect(yields).toBe(0);
    now = 9;
    await pause();
    expect(yields).toBe(1);
    await pause(); // a new slice starts after the yield
    expect(yields).toBe(1);
  });

  it('imports in slices with the same outcome as at once', async () => {
    const { corpus } = await freshCorpus();
    let pauses = 0;
    const report = await corpus.importText(ndjson(many(300)), { pause: async () => void pauses++ });
    expect(report.added).toBe(300);
    expect(pauses).toBeGreaterThan(0);
    expect((await corpus.all()).map((a) => a.id)).toEqual(many(300).map((a) => a.id));
  });
});

describe('listing a big corpus', () => {
  it('reads it in batches when key ranges are at hand, in the same order as in one request', async () => {
    const idb = new IDBFactory();
    const batched = await openUserCorpus(idb, 'big', { keyRange: IDBKeyRange });
    await batched.importText(ndjson(many(2 * READ_BATCH + 7)));
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const inBatches = await batched.all();
    expect(getAll).toHaveBeenCalledTimes(3);
    const whole = await openUserCorpus(idb, 'big');
    expect(inBatches).toEqual(await whole.all());
    expect(inBatches.map((a) => a.id)).toEqual(many(2 * READ_BATCH + 7).map((a) => a.id));
    batched.close();
    whole.close();
  });
});
