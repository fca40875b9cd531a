// A fresh in-memory live store, an outlet and a live article, for the live-coverage tests.
import { IDBFactory } from 'fake-indexeddb';
import { openLiveStore, type LiveStore } from '../../lib/live/store';
import type { LiveArticleInput, Outlet } from '../../lib/live/types';

export const T0 = Date.parse('2026-12-02T10:00:00Z');
export const DAY = 24 * 60 * 60_000;

export async function freshStore(clock: { t: number } = { t: T0 }, idb = new IDBFactory()) {
  const store: LiveStore = await openLiveStore(idb, 'parallax-live', { now: () => clock.t });
  return { store, idb, clock };
}

export function outlet(id: string, feeds: string[], extra: Partial<Outlet> = {}): Outlet {
  return {
    id,
    name: `Outlet ${id}`,
    nameEdited: false,
    siteUrl: null,
    feeds,
    lang: 'en',
    origins: [],
    addedAt: T0,
    ...extra,
  };
}

export function liveArticle(n: string, extra: Partial<LiveArticleInput> = {}): LiveArticleInput {
  return {
    origin: 'live',
    title: `Harbour story ${n}`,
    text: `The council of ${n} voted on Tuesday to widen the quay.\n\nWork starts in May.`,
    outlet: 'Harbour Gazette',
    outletId: 'gazette',
    url: `https://gazette.example/news/${n}`,
    date: '2026-12-01',
    feed: 'https://gazette.example/rss.xml',
    guid: `guid-${n}`,
    partial: false,
    ...extra,
  };
}
