/** The demo's home: a list of every page, with what each one is for. */
import { esc } from './html.ts';
import { page } from './layout.ts';
import type { Theme } from './themes.ts';

export interface IndexEntry {
  href: string;
  title: string;
  note: string;
}

const INDEX_THEME: Theme = {
  slug: 'index',
  siteName: null,
  brand: 'Parallax demo pages',
  tagline: 'Pages to try the extension on, served from your own machine',
  sections: [],
  kicker: '',
  colors: {
    page: '#ffffff',
    ink: '#1e1e1e',
    muted: '#666666',
    accent: '#3b5bdb',
    headerBg: '#1e1e1e',
    headerInk: '#ffffff',
    rule: '#dddddd',
  },
  fonts: { body: '"Helvetica Neue", Arial, sans-serif', heading: '"Helvetica Neue", Arial, sans-serif' },
  masthead: 'left',
  sidebar: 'right',
};

export function indexPage(entries: IndexEntry[], story: string | null): string {
  const items = entries
    .map((e) => `<li><a href="${esc(e.href)}">${esc(e.title)}</a><br><small>${esc(e.note)}</small></li>`)
    .join('\n');
  const intro = story ? `<p>The bundled corpus covers one story: ${esc(story)}.</p>` : '';
  const main = `<main class="layout">
<section>
<h1>Demo pages</h1>
${intro}
<ul class="index-list">
${items}
</ul>
</section>
</main>`;
  return page({ theme: INDEX_THEME, title: 'Parallax demo pages', lang: 'en', head: '', main });
}
