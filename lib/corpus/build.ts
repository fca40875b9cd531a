/**
 * The bundled corpus, built from the raw seed texts and their manifest. Pure: the caller
 * reads the files. Metadata comes from the manifest only; what it does not know stays null.
 */
import type { Attribution, CorpusArticle, CorpusFile } from '../types.ts';
import { cleanArticleText } from './clean.ts';
import { deriveHeadline } from './headline.ts';

/** One entry of assets/corpus/seeds/manifest.json. */
export interface SeedEntry {
  file: string;
  outlet: string | null;
  attribution: Attribution;
  headline: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  /** Free-text note of the boilerplate the file carries (documentation only). */
  boilerplate?: string;
}

export interface SeedManifest {
  story: string | null;
  note?: string;
  articles: SeedEntry[];
}

/**
 * A stable, readable id from the seed file name: "000_82b7f0d8ed769dbc.txt" -> "seed-000".
 * Names of another shape keep their stem, made safe: "Some File.txt" -> "seed-some-file".
 */
export function seedId(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '');
  const numbered = /^(\d+)_/.exec(stem);
  const key = numbered?.[1] ?? stem.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `seed-${key.replace(/^-+|-+$/g, '')}`;
}

export function buildArticle(entry: SeedEntry, raw: string): CorpusArticle {
  const text = cleanArticleText(raw, { headline: entry.headline });
  const title = entry.headline?.trim() || null;
  // Fixed key order: the generated file must be byte-identical on every build.
  return {
    id: seedId(entry.file),
    title: title ?? deriveHeadline(text),
    titleDerived: title === null,
    text,
    outlet: entry.outlet,
    attribution: entry.attribution,
    date: entry.published,
    byline: entry.byline,
    url: entry.url,
    lang: 'en',
    origin: 'bundled',
  };
}

export function buildCorpus(manifest: SeedManifest, rawTexts: Record<string, string>): CorpusFile {
  const articles = manifest.articles.map((entry) => {
    const raw = rawTexts[entry.file];
    if (raw === undefined) throw new Error(`seed file missing: ${entry.file}`);
    return buildArticle(entry, raw);
  });
  const ids = new Set(articles.map((a) => a.id));
  if (ids.size !== articles.length) throw new Error('two seed files give the same id');
  return { schema: 1, story: manifest.story, articles };
}

/** The corpus file as written to disk: pretty JSON with a trailing newline. */
export function serializeCorpus(corpus: CorpusFile): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
