/**
 * A news article page the way news sites mark them up: <article> with <h1>, byline and
 * <time>, JSON-LD NewsArticle and OpenGraph tags, a share bar, an ad inside the text, a
 * newsletter box and a sidebar of links. What is not known (outlet, byline, address) is left
 * out, never made up.
 */
import { firstSentence } from '../lib/corpus/headline.ts';
import { displayDate, esc, jsonLd } from './html.ts';
import { page } from './layout.ts';
import type { Theme } from './themes.ts';

export interface ArticlePageInput {
  theme: Theme;
  title: string;
  paragraphs: string[];
  byline: string | null;
  date: string | null;
  url: string | null;
  lang: string | null;
  related: { href: string; title: string }[];
  /** Extra <head> markup (feed links), already escaped by the caller. */
  extraHead?: string;
  /** Where the masthead links home (see PageFrame). */
  home?: string;
}

/** Paragraphs after which the in-text ad slot goes. */
const AD_AFTER = 3;

/** "Maria Varenikova and David Pierson" -> ["Maria Varenikova", "David Pierson"]. */
export function authors(byline: string): string[] {
  return byline
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function structuredData(a: ArticlePageInput, description: string): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description,
  };
  if (a.date) data.datePublished = a.date;
  if (a.byline) data.author = authors(a.byline).map((name) => ({ '@type': 'Person', name }));
  if (a.theme.siteName) data.publisher = { '@type': 'Organization', name: a.theme.siteName };
  if (a.url) data.mainEntityOfPage = a.url;
  if (a.lang) data.inLanguage = a.lang;
  return `<script type="application/ld+json">\n${jsonLd(data)}\n</script>`;
}

function head(a: ArticlePageInput, description: string): string {
  const meta = (attr: 'name' | 'property', key: string, value: string | null) =>
    value ? `<meta ${attr}="${key}" content="${esc(value)}">` : '';
  return [
    meta('name', 'description', description),
    meta('name', 'author', a.byline),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', a.title),
    meta('property', 'og:description', description),
    meta('property', 'og:site_name', a.theme.siteName),
    meta('property', 'og:url', a.url),
    meta('property', 'article:published_time', a.date),
    meta('property', 'article:section', a.theme.kicker),
    a.url ? `<link rel="canonical" href="${esc(a.url)}">` : '',
    structuredData(a, description),
    a.extraHead ?? '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function body(paragraphs: string[]): string {
  const out: string[] = [];
  paragraphs.forEach((p, i) => {
    out.push(`<p>${esc(p)}</p>`);
    if (i + 1 === AD_AFTER && paragraphs.length > AD_AFTER + 1) {
      out.push('<aside class="ad ad-inline" aria-label="Advertisement">Advertisement</aside>');
    }
  });
  return out.join('\n');
}

function sidebar(a: ArticlePageInput): string {
  const links = a.related.map((r) => `<li><a href="${esc(r.href)}">${esc(r.title)}</a></li>`).join('\n');
  return `<aside class="sidebar" aria-label="More stories">
<div class="ad ad-box" aria-label="Advertisement">Advertisement</div>
<section class="related"><h2>More to read</h2><ol>
${links}
</ol></section>
</aside>`;
}

export function articlePage(a: ArticlePageInput): string {
  const description = firstSentence(a.paragraphs[0] ?? a.title);
  const byline = a.byline ? `<p class="byline">By <span class="author">${esc(a.byline)}</span></p>` : '';
  const dateline = a.date
    ? `<p class="meta-date"><time datetime="${esc(a.date)}">${esc(displayDate(a.date))}</time></p>`
    : '';
  const brand = a.theme.siteName ?? a.theme.brand;
  const main = `<main class="layout">
<article class="story">
<p class="kicker">${esc(a.theme.kicker)}</p>
<h1>${esc(a.title)}</h1>
${byline}
${dateline}
<div class="share-bar" aria-label="Share this article"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>
<div class="article-body">
${body(a.paragraphs)}
</div>
<aside class="newsletter-box" aria-label="Newsletter">
<h2>The ${esc(brand)} briefing</h2>
<p>The day’s most important stories, in your inbox every morning.</p>
<form action="#"><input type="email" placeholder="Your email address" aria-label="Email address"><button type="submit">Sign up</button></form>
</aside>
</article>
${sidebar(a)}
</main>`;
  const title = a.theme.siteName ? `${a.title} | ${a.theme.siteName}` : a.title;
  return page({
    theme: a.theme,
    title,
    lang: a.lang ?? 'en',
    head: head(a, description),
    main,
    home: a.home,
  });
}
