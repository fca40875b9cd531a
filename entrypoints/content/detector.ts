/**
 * Detection: is the page an article, and what does the background make of it. The cheap probe
 * runs here; a page it accepts is snapshot and extracted away (extract-away.ts) and reported;
 * a matched article gets its highlights. One run at a time (the pacer in index.ts calls it).
 */
import { probePage, resolvePath } from '@/lib/extract';
import type { ExtractedPage } from '@/lib/types';
import type { Messages, TabState } from '@/lib/protocol';
import type { PageMarks } from '@/lib/marks';
import type { Lifetime } from './context';
import type { ExtractAway } from './extract-away';

export interface DetectorSend {
  article(payload: Messages['page/article']['payload']): Promise<TabState>;
  notArticle(payload: Messages['page/not-article']['payload']): Promise<TabState>;
  marks(): Promise<PageMarks | null>;
}

export interface MarksView {
  apply(marks: PageMarks, roots: Element[]): number;
  clear(): void;
}

export interface DetectorDeps {
  doc: Document;
  url: () => string;
  ctx: Pick<Lifetime, 'isInvalid'>;
  send: DetectorSend;
  extractAway: ExtractAway;
  highlights: MarksView;
  yieldToPage: () => Promise<void>;
  /** Told each result ("matched", "not-article", ...): test builds mark it for the bench. */
  onResult?: (kind: string) => void;
}

export interface Detector {
  /** One detection. True when done with this address (an article, or navigated away). */
  detect(): Promise<boolean>;
  /** A history navigation: the previous page's result no longer holds. */
  navigated(): void;
  /** The background asked (the popup is open here): answer even if not an article. */
  asked(): void;
  /** The watch ended without new content after a navigation. False if there was nothing to wait for. */
  gaveUp(): boolean;
  /** The live elements the extracted paragraphs came from (the body when unknown). */
  roots(): Element[];
}

export function createDetector(deps: DetectorDeps): Detector {
  const { doc, ctx, send, highlights } = deps;
  let lastSent = '';
  let asked = false;
  let current: ExtractedPage | null = null;
  /** After a history navigation: the previous page's text, until new content replaces it. */
  let staleText: string | null = null;

  const roots = (): Element[] => {
    const found = (current?.paragraphs ?? [])
      .map((p) => (p.path ? resolvePath(doc, p.path) : null))
      .filter((e): e is Element => e !== null);
    const unique = [...new Set(found)];
    return unique.length > 0 ? unique : doc.body ? [doc.body] : [];
  };

  const result = (kind: string) => deps.onResult?.(kind);

  const detect = async (): Promise<boolean> => {
    if (ctx.isInvalid) return true;
    const url = deps.url();
    const probe = probePage(doc, url);
    if (!probe.likely) {
      // Just after a history navigation the app may still be loading: keep watching.
      if (staleText !== null) return false;
      current = null;
      highlights.clear();
      if (lastSent !== `no:${url}`) {
        lastSent = `no:${url}`;
        result('not-article');
        // Most pages are not articles: the service worker is not woken for them. The
        // background only asks (bg/refresh) when the reader opens the popup here.
        if (asked) await send.notArticle({ url, page: null, reason: probe.reason });
      }
      asked = false;
      return false;
    }
    // The probe and the extraction run as separate tasks, so neither holds the page long.
    await deps.yieldToPage();
    if (ctx.isInvalid) return true;
    const { extracted, settled } = await deps.extractAway(probe, url);
    // Navigated meanwhile (single-page site): the run for the new address answers instead.
    if (ctx.isInvalid || deps.url() !== url) return true;
    // The previous page's text still there: not swapped in yet (until the watch gives up).
    if (staleText !== null && extracted.page.isArticle && extracted.text === staleText) return false;
    const key = `${extracted.page.isArticle ? 'yes' : 'no'}:${url}:${extracted.text.length}`;
    if (key === lastSent) return extracted.page.isArticle;
    lastSent = key;
    if (!extracted.page.isArticle) {
      current = null;
      highlights.clear();
      await send.notArticle({ url, page: extracted.page, reason: extracted.reason });
      result('not-article');
      return false;
    }
    staleText = null;
    current = extracted;
    const state = await send.article({ url, extracted });
    if (state.kind === 'matched') {
      await deps.yieldToPage();
      await refreshMarks();
    } else highlights.clear();
    result(state.kind);
    // A copy the page changed under: the watch reads it again once the DOM is calm.
    return settled;
  };

  const refreshMarks = async () => {
    const marks = current ? await send.marks() : null;
    if (ctx.isInvalid) return;
    if (marks) highlights.apply(marks, roots());
    else highlights.clear();
  };

  return {
    detect,
    navigated() {
      lastSent = '';
      staleText = current?.text ?? null;
      current = null;
      highlights.clear();
    },
    asked() {
      lastSent = '';
      asked = true;
    },
    gaveUp() {
      if (staleText === null) return false;
      staleText = null;
      return true;
    },
    roots,
  };
}
