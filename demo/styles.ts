/** The stylesheet of a demo page: one shared layout, coloured and set by the site's theme. */
import type { Theme } from './themes.ts';

export function stylesheet(t: Theme): string {
  const c = t.colors;
  const sidebarFirst = t.sidebar === 'left';
  return `
:root { --page: ${c.page}; --ink: ${c.ink}; --muted: ${c.muted}; --accent: ${c.accent};
  --header-bg: ${c.headerBg}; --header-ink: ${c.headerInk}; --rule: ${c.rule}; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 18px/1.6 ${t.fonts.body}; }
a { color: var(--accent); }
h1, h2, h3, .brand, .site-nav, .kicker, .byline, .meta-date, .share-bar, .sidebar, .newsletter-box, footer {
  font-family: ${t.fonts.heading}; }
.site-header { background: var(--header-bg); color: var(--header-ink); border-bottom: 3px solid var(--rule); }
.masthead { max-width: 1180px; margin: 0 auto; padding: 18px 20px 8px; display: flex; gap: 16px;
  align-items: baseline; justify-content: ${t.masthead === 'center' ? 'center' : 'flex-start'};
  flex-direction: ${t.masthead === 'center' ? 'column' : 'row'}; ${t.masthead === 'center' ? 'align-items: center;' : ''} }
.brand { color: var(--header-ink); font-size: 34px; font-weight: 800; text-decoration: none; letter-spacing: -0.5px; }
.tagline { font-size: 14px; opacity: 0.8; }
.site-nav ul { list-style: none; margin: 0 auto; padding: 6px 20px 10px; max-width: 1180px; display: flex; gap: 20px;
  flex-wrap: wrap; justify-content: ${t.masthead === 'center' ? 'center' : 'flex-start'}; }
.site-nav a { color: var(--header-ink); text-decoration: none; font-size: 15px; font-weight: 600; }
.ad { background: repeating-linear-gradient(45deg, #f3f3f3, #f3f3f3 10px, #ebebeb 10px, #ebebeb 20px);
  color: #8a8a8a; font: 11px/1 Arial, sans-serif; text-transform: uppercase; letter-spacing: 1px;
  display: flex; align-items: center; justify-content: center; border: 1px solid #e0e0e0; }
.ad-leaderboard { max-width: 970px; height: 90px; margin: 16px auto; }
.ad-inline { height: 250px; margin: 28px 0; }
.ad-box { height: 250px; margin-bottom: 24px; }
.layout { max-width: 1180px; margin: 0 auto; padding: 0 20px 40px; display: grid; gap: 48px;
  grid-template-columns: ${sidebarFirst ? '300px minmax(0, 1fr)' : 'minmax(0, 1fr) 300px'}; }
.layout > .sidebar { order: ${sidebarFirst ? -1 : 1}; }
.story { max-width: 720px; }
.kicker { color: var(--accent); font-weight: 700; text-transform: uppercase; font-size: 14px; letter-spacing: 0.5px; margin: 24px 0 8px; }
.story h1 { font-size: 40px; line-height: 1.15; margin: 0 0 16px; }
.byline, .meta-date { color: var(--muted); font-size: 15px; margin: 4px 0; }
.byline .author { color: var(--ink); font-weight: 700; }
.share-bar { display: flex; gap: 10px; align-items: center; margin: 16px 0 24px; padding: 10px 0;
  border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-size: 14px; }
.share-bar a { border: 1px solid var(--rule); border-radius: 999px; padding: 4px 12px; text-decoration: none; color: var(--ink); }
.article-body p { margin: 0 0 1.1em; }
.newsletter-box { margin: 32px 0; padding: 20px; background: #f4f4f4; border-top: 4px solid var(--accent); font-size: 15px; }
.newsletter-box h2 { margin: 0 0 8px; font-size: 20px; }
.newsletter-box form { display: flex; gap: 8px; margin-top: 12px; }
.newsletter-box input { flex: 1; padding: 8px; font: inherit; }
.newsletter-box button, .shop button { background: var(--accent); color: #fff; border: 0; padding: 8px 16px; font: inherit; cursor: pointer; }
.sidebar { padding-top: 24px; font-size: 15px; }
.sidebar h2 { font-size: 16px; text-transform: uppercase; border-bottom: 2px solid var(--ink); padding-bottom: 6px; }
.sidebar ol, .sidebar ul { padding-left: 20px; }
.sidebar li { margin-bottom: 10px; }
footer { background: #1f1f1f; color: #cfcfcf; font-size: 14px; padding: 28px 20px; }
footer .inner { max-width: 1180px; margin: 0 auto; }
footer a { color: #ffffff; margin-right: 16px; }
.shop-grid { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 20px; }
.product { border: 1px solid var(--rule); padding: 16px; background: #fff; }
.product .swatch { height: 140px; margin-bottom: 12px; }
.product .price { font-weight: 700; font-size: 20px; }
.index-list li { margin-bottom: 14px; }
@media (max-width: 860px) { .layout { grid-template-columns: minmax(0, 1fr); } .layout > .sidebar { order: 1; } }
`.trim();
}
