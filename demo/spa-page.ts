/**
 * A single-page news app: the shell loads, the first article arrives a moment later (fetched
 * like an app would), and links swap articles with history.pushState. For trying Parallax
 * on pages that change without a reload.
 */
import { esc } from './html.ts';

const APP_SCRIPT = `
const app = document.getElementById('app');
const META = 'meta[property^="og:"], meta[property^="article:"], meta[name="author"], script[type="application/ld+json"], link[rel="canonical"]';
async function show(file) {
  app.replaceChildren(Object.assign(document.createElement('p'), { className: 'loading', textContent: 'Loading…' }));
  const html = await (await fetch(file)).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.title = doc.title;
  document.querySelectorAll(META).forEach((el) => el.remove());
  doc.querySelectorAll(META).forEach((el) => document.head.append(document.importNode(el, true)));
  const main = doc.querySelector('main');
  app.replaceChildren(...[...main.childNodes].map((n) => document.importNode(n, true)));
}
const fileFor = () => (new URLSearchParams(location.search).get('a') || 'other-story') + '.html';
document.querySelectorAll('[data-nav]').forEach((a) =>
  a.addEventListener('click', (e) => {
    e.preventDefault();
    history.pushState({}, '', '?a=' + a.dataset.nav);
    show(fileFor());
  }),
);
addEventListener('popstate', () => show(fileFor()));
setTimeout(() => show(fileFor()), 600);
`;

export function spaPage(links: { slug: string; title: string }[]): string {
  const nav = links
    .map((l) => `<li><a href="?a=${esc(l.slug)}" data-nav="${esc(l.slug)}">${esc(l.title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsroom app</title>
<style>
body { margin: 0; font: 17px/1.6 Georgia, serif; color: #1d1d1f; background: #fafafa; }
.bar { background: #243b53; color: #fff; padding: 12px 24px; font: 600 18px system-ui, sans-serif; }
.layout { display: grid; grid-template-columns: 260px 1fr; gap: 32px; max-width: 1100px; margin: 24px auto; padding: 0 24px; }
nav ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; font: 15px/1.4 system-ui, sans-serif; }
nav a { color: #243b53; }
#app { min-height: 60vh; }
.loading { color: #667; font-style: italic; }
</style>
</head>
<body>
<div class="bar">Newsroom app</div>
<div class="layout">
<nav aria-label="Stories"><ul>${nav}</ul></nav>
<main id="app"><p class="loading">Loading…</p></main>
</div>
<script>${APP_SCRIPT}</script>
</body>
</html>
`;
}
