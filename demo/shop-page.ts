/** A page that is not an article: a shop front with a product grid and prices. */
import { esc } from './html.ts';
import { page } from './layout.ts';
import type { Theme } from './themes.ts';

export const SHOP_THEME: Theme = {
  slug: 'shop',
  siteName: 'Northwind Outfitters',
  brand: 'Northwind Outfitters',
  tagline: 'Gear for the trail, the city and everything between — a fictional demo shop',
  sections: ['New in', 'Jackets', 'Bags', 'Footwear', 'Camping', 'Sale'],
  kicker: 'Shop',
  colors: {
    page: '#fafafa',
    ink: '#1c2430',
    muted: '#5f6b7a',
    accent: '#1f7a5c',
    headerBg: '#1c2430',
    headerInk: '#ffffff',
    rule: '#dfe3e8',
  },
  fonts: { body: '"Helvetica Neue", Arial, sans-serif', heading: '"Helvetica Neue", Arial, sans-serif' },
  masthead: 'left',
  sidebar: 'left',
};

const PRODUCTS: { name: string; price: string; note: string; color: string }[] = [
  {
    name: 'Ridgeline rain jacket',
    price: '$129.00',
    note: 'Waterproof, packs into its own pocket',
    color: '#2e5e4e',
  },
  { name: 'Harbor canvas tote', price: '$38.00', note: 'Waxed cotton, leather handles', color: '#b08d57' },
  {
    name: 'Summit 28 L daypack',
    price: '$84.50',
    note: 'Padded laptop sleeve, rain cover',
    color: '#34495e',
  },
  { name: 'Trailrunner shoes', price: '$112.00', note: 'Grippy outsole, sizes 5–13', color: '#c0392b' },
  { name: 'Merino beanie', price: '$24.00', note: 'Soft, warm, machine washable', color: '#7f8c8d' },
  { name: 'Two-person tent', price: '$249.00', note: 'Sets up in five minutes', color: '#d68910' },
  { name: 'Insulated bottle, 750 ml', price: '$29.95', note: 'Cold for 24 hours', color: '#1abc9c' },
  { name: 'Fleece pullover', price: '$64.00', note: 'Recycled polyester, four colours', color: '#8e44ad' },
];

export function shopPage(): string {
  const items = PRODUCTS.map(
    (p) => `<li class="product">
<div class="swatch" style="background: ${p.color}"></div>
<h3>${esc(p.name)}</h3>
<p>${esc(p.note)}</p>
<p class="price">${esc(p.price)}</p>
<button type="button">Add to basket</button>
</li>`,
  ).join('\n');
  const main = `<main class="layout shop">
<aside class="sidebar" aria-label="Filters">
<h2>Filter</h2>
<ul><li><a href="#">Under $50</a></li><li><a href="#">$50 to $150</a></li><li><a href="#">Over $150</a></li><li><a href="#">On sale</a></li></ul>
<h2>Free returns</h2>
<p>Return anything within 60 days. Free delivery on orders over $75.</p>
</aside>
<section aria-label="Products">
<h1>Spring collection</h1>
<p>8 products · Sorted by popularity</p>
<ul class="shop-grid">
${items}
</ul>
</section>
</main>`;
  const head = [
    '<meta name="description" content="Outdoor jackets, bags, shoes and camping gear.">',
    '<meta property="og:type" content="website">',
    '<meta property="og:title" content="Spring collection | Northwind Outfitters">',
    '<meta property="og:site_name" content="Northwind Outfitters">',
  ].join('\n');
  return page({
    theme: SHOP_THEME,
    title: 'Spring collection | Northwind Outfitters',
    lang: 'en',
    head,
    main,
  });
}
