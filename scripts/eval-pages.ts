/**
 * Measures article detection and extraction on the saved real pages in ../shared/pages
 * (Mozilla Readability's test pages: source.html, expected-metadata.json, expected.html).
 *
 *   npm run eval:pages [-- --pages <dir>] [-- --verbose]
 *
 * Prints: accuracy of "is an article" against `readerable`; exact-match rates of title,
 * byline, site name and published time (trimmed) for the final page and for the metadata
 * alone; token-level F1 of the extracted text against the text of expected.html; whether
 * paragraph paths lead back to their element; and the misses, page by page.
 *
 * Each page is extracted as the extension does it: read into a snapshot, rebuilt in a
 * document of its own, extracted there (lib/extract/snapshot.ts); the paths are resolved in
 * the original. It also checks that this gives exactly what extracting the original gives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { isDeepStrictEqual } from 'node:util';
import { extractPage, extractSnapshot, readMetadata, resolvePath, takeSnapshot } from '../lib/extract/index';

const TARGETS = { accuracy: 0.97, title: 0.95, medianF1: 0.95 };
const FIELDS = ['title', 'byline', 'siteName', 'publishedTime'] as const;
const URL = 'http://fakehost/test/page.html';

const args = process.argv.slice(2);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dirArg = args.indexOf('--pages');
const dirValue = dirArg >= 0 ? args[dirArg + 1] : undefined;
const pagesDir = dirValue ? resolve(dirValue) : resolve(repo, '../shared/pages');
const verbose = args.includes('--verbose');

if (!existsSync(pagesDir)) {
  console.log(`No saved pages at ${pagesDir}: nothing to evaluate (the pages are not part of the repo).`);
  process.exit(0);
}

interface Expected {
  readerable: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

const norm = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lowercased word tokens; Chinese and Japanese text, written without spaces, one per character. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    if (CJK.test(m[0])) out.push(...m[0]);
    else out.push(m[0]);
  }
  return out;
}

function f1(got: string, want: string): number {
  const g = tokens(got);
  const w = tokens(want);
  if (g.length === 0 && w.length === 0) return 1;
  if (g.length === 0 || w.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of g) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  const p = overlap / g.length;
  const r = overlap / w.length;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${(n / d).toFixed(3)} (${n}/${d})`);

const slugs = readdirSync(pagesDir)
  .filter((d) => existsSync(join(pagesDir, d, 'source.html')))
  .sort();
let correct = 0;
/** Per field: exact matches of the page and of the metadata alone; misses that only differ in
 * inner whitespace; misses where the page has a value and Readability none ("filled"). */
const hits = Object.fromEntries(
  FIELDS.map((f) => [f, { page: 0, meta: 0, spaces: 0, filled: 0, by: 0, dated: 0 }]),
) as Record<
  (typeof FIELDS)[number],
  { page: number; meta: number; spaces: number; filled: number; by: number; dated: number }
>;
const collapse = (v: string | null) => v?.replace(/\s+/g, ' ') ?? null;
/**
 * Bylines: Parallax keeps the names alone (lib/extract/byline.ts) where Readability keeps the
 * page's "By"; and Readability takes a dateline in a byline box for a byline. Both are counted
 * apart, so the exact rate is not read as a regression: "by" (the same names once a leading
 * "By" is dropped) and "dated" (Readability's byline is only a date and time).
 */
/** Readability's byline is these names with a date glued after them ("by Lucas Nolan22 Dec 2016651"). */
const datedAfter = (value: string | null, want: string) => {
  const w = names(want) ?? '';
  return value !== null && w.startsWith(value) && /\d/.test(w.slice(value.length, value.length + 3));
};
const names = (v: string | null) =>
  collapse(v)
    ?.replace(/^(?:by\b[\s:]*)+/i, '')
    .trim() ?? null;
const DATELINE =
  /^(?:[\s,.:|]|\d+(?:st|nd|rd|th)?|a\.?m\.?|p\.?m\.?|at|on|updated|published|posted|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)+$/i;
const f1s: { slug: string; f1: number }[] = [];
const misses: string[] = [];
let paths = 0;
let pathsOk = 0;
let sameAsLive = 0;
const elsewhere = new JSDOM('').window.document.implementation;

for (const slug of slugs) {
  const dir = join(pagesDir, slug);
  const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Expected;
  const doc = new JSDOM(readFileSync(join(dir, 'source.html'), 'utf8'), { url: URL }).window.document;
  const meta = readMetadata(doc, URL);
  const notes: string[] = [];
  const snapshot = await takeSnapshot(doc, { pause: () => Promise.resolve() });
  const got = extractSnapshot(JSON.parse(JSON.stringify(snapshot)), URL, elsewhere);
  if (isDeepStrictEqual(got, extractPage(doc, URL))) sameAsLive++;
  else notes.push('the snapshot extraction differs from extracting the page itself');
  if (got.page.isArticle === expected.readerable) correct++;
  else
    notes.push(
      `isArticle=${got.page.isArticle} (readerable=${expected.readerable}: ${got.reason} [${got.page.signals.join(' ')}])`,
    );
  for (const f of FIELDS) {
    const want = norm(expected[f]);
    const value = norm(got.page[f]);
    if (value === want) hits[f].page++;
    else if (collapse(value) === collapse(want)) hits[f].spaces++;
    else if (want === null) hits[f].filled++;
    else if (f === 'byline' && names(value) === names(want)) hits[f].by++;
    else if (f === 'byline' && (DATELINE.test(want) || datedAfter(value, want))) hits[f].dated++;
    if (value !== want)
      notes.push(`${f}: got ${JSON.stringify(norm(got.page[f]))}, want ${JSON.stringify(want)}`);
    if (norm(meta[f]) === want) hits[f].meta++;
  }
  if (expected.readerable) {
    const want =
      new JSDOM(readFileSync(join(dir, 'expected.html'), 'utf8')).window.document.body.textContent ?? '';
    const score = f1(got.text, want);
    f1s.push({ slug, f1: score });
    if (score < TARGETS.medianF1) notes.push(`text F1 ${score.toFixed(3)}`);
  }
  for (const p of got.paragraphs) {
    paths++;
    const el = p.path ? resolvePath(doc, p.path) : null;
    const key = p.text.slice(0, 40).replace(/\s+/g, '');
    if (el && (el.textContent ?? '').replace(/\s+/g, '').includes(key)) pathsOk++;
  }
  if (notes.length > 0) misses.push(`${slug}\n    ${notes.join('\n    ')}`);
  if (verbose) console.log(slug, got.page.isArticle, got.page.wordCount, got.page.signals.join(' '));
}

const n = slugs.length;
const accuracy = correct / n;
const titleRate = hits.title.page / n;
const medianF1 = median(f1s.map((x) => x.f1));
console.log(`Pages: ${n} from ${pagesDir}\n`);
console.log('Misses by page:');
for (const m of misses) console.log(`  ${m}`);
console.log('\nSummary');
console.log(`  is-an-article accuracy      ${pct(correct, n)}`);
for (const f of FIELDS) {
  const h = hits[f];
  console.log(`  ${(f + ' exact match').padEnd(28)}${pct(h.page, n)}   metadata alone: ${pct(h.meta, n)}`);
  if (h.spaces + h.filled > 0) {
    console.log(
      `  ${''.padEnd(28)}misses: ${h.spaces} differ only in inner whitespace, ${h.filled} filled where Readability has none`,
    );
  }
  if (f === 'byline') {
    console.log(
      `  ${''.padEnd(28)}misses: ${h.by} the same names without Readability's leading "By", ${h.dated} where Readability's byline is or holds a date`,
    );
    console.log(
      `  ${''.padEnd(28)}the same names as Readability, or a date it took for one: ${pct(h.page + h.spaces + h.by + h.dated, n)}`,
    );
  }
}
const mean = f1s.reduce((a, b) => a + b.f1, 0) / Math.max(1, f1s.length);
const worst = [...f1s].sort((a, b) => a.f1 - b.f1).slice(0, 3);
console.log(
  `  text F1 (readerable pages)  median ${medianF1.toFixed(3)}, mean ${mean.toFixed(3)}, n=${f1s.length}`,
);
console.log(`    lowest: ${worst.map((w) => `${w.slug} ${w.f1.toFixed(3)}`).join(', ')}`);
console.log(
  `  paragraph paths             ${pct(pathsOk, paths)} resolve to an element holding the paragraph`,
);
console.log(`  snapshot extraction         ${pct(sameAsLive, n)} identical to extracting the page itself`);
const checks = [
  [`accuracy >= ${TARGETS.accuracy}`, accuracy >= TARGETS.accuracy],
  [`title >= ${TARGETS.title}`, titleRate >= TARGETS.title],
  [`median text F1 >= ${TARGETS.medianF1}`, medianF1 >= TARGETS.medianF1],
  ['the snapshot extraction (the extension) gives what extracting the page gives', sameAsLive === n],
] as const;
console.log('');
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${label}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
