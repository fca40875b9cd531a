/**
 * The whole demo site, built in memory from a corpus: one page per corpus article, an
 * unrelated story, a shop and an index. Pure; scripts/build-demo.ts writes the files.
 */
import type { CorpusArticle, CorpusFile } from '../lib/types.ts';
import { articlePage } from './article-page.ts';
import { indexPage, type IndexEntry } from './index-page.ts';
import { OTHER_STORY } from './other-story.ts';
import { COURIER_THEME, OTHER_STORY_2 } from './other-story-2.ts';
import { shopPage } from './shop-page.ts';
import { spaPage } from './spa-page.ts';
import { LEDGER_THEME, themeFor, type Theme } from './themes.ts';

export type DemoPageKind = 'corpus-article' | 'other-story' | 'shop' | 'spa' | 'index';

export interface DemoPage {
  file: string;
  kind: DemoPageKind;
  title: string;
  /** The corpus article shown, for corpus pages. */
  articleId?: string;
  html: string;
}

/** A theme per article, with a file name no other article has. */
function themesFor(articles: CorpusArticle[]): Theme[] {
  const used = new Map<string, number>();
  return articles.map((a) => {
    const theme = themeFor(a.outlet);
    const n = (used.get(theme.slug) ?? 0) + 1;
    used.set(theme.slug, n);
    return n === 1 ? theme : { ...theme, slug: `${theme.slug}-${n}` };
  });
}

export function demoPages(corpus: CorpusFile): DemoPage[] {
  const themes = themesFor(corpus.articles);
  const links = [
    ...corpus.articles.map((a, i) => ({ href: `${themes[i]?.slug}.html`, title: a.title })),
    { href: 'other-story.html', title: OTHER_STORY.title },
    { href: 'other-story-2.html', title: OTHER_STORY_2.title },
    { href: 'shop.html', title: 'Spring collection at Northwind Outfitters' },
  ];
  const pages: DemoPage[] = corpus.articles.map((a, i) => {
    const theme = themes[i] ?? themeFor(a.outlet);
    const file = `${theme.slug}.html`;
    const html = articlePage({
      theme,
      title: a.title,
      paragraphs: a.text.split(/\n\s*\n/),
      byline: a.byline ?? null,
      date: a.date,
      url: a.url ?? null,
      lang: a.lang ?? null,
      related: links.filter((l) => l.href !== file),
    });
    return { file, kind: 'corpus-article', title: a.title, articleId: a.id, html };
  });
  pages.push({
    file: 'other-story.html',
    kind: 'other-story',
    title: OTHER_STORY.title,
    html: articlePage({
      ...OTHER_STORY,
      theme: LEDGER_THEME,
      url: null,
      lang: 'en',
      related: links.filter((l) => l.href !== 'other-story.html'),
    }),
  });
  pages.push({
    file: 'other-story-2.html',
    kind: 'other-story',
    title: OTHER_STORY_2.title,
    html: articlePage({
      ...OTHER_STORY_2,
      theme: COURIER_THEME,
      url: null,
      lang: 'en',
      related: links.filter((l) => l.href !== 'other-story-2.html'),
    }),
  });
  pages.push({ file: 'shop.html', kind: 'shop', title: 'Spring collection', html: shopPage() });
  pages.push({
    file: 'spa.html',
    kind: 'spa',
    title: 'Newsroom app (a single-page site)',
    html: spaPage([
      { slug: 'other-story', title: OTHER_STORY.title },
      ...pages
        .filter((p) => p.kind === 'corpus-article')
        .map((p) => ({ slug: p.file.replace(/\.html$/, ''), title: p.title })),
    ]),
  });
  const entries: IndexEntry[] = pages.map((p, i) => ({
    href: p.file,
    title: p.title,
    note: noteFor(p, corpus.articles[i]),
  }));
  pages.push({
    file: 'index.html',
    kind: 'index',
    title: 'Parallax demo pages',
    html: indexPage(entries, corpus.story),
  });
  return pages;
}

function noteFor(p: DemoPage, a: CorpusArticle | undefined): string {
  if (p.kind === 'shop') return 'Not an article: Parallax should stay quiet.';
  if (p.kind === 'spa') return 'A single-page app: articles arrive late and change without a reload.';
  if (p.kind === 'other-story')
    return 'A fictional local story two demo outlets report: no match in the bundled corpus. Add one to your corpus and the other finds it.';
  return `${a?.outlet ?? 'Unknown outlet (neutral demo site)'} — in the bundled corpus.`;
}
