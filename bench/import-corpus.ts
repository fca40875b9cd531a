/**
 * The 10,000 articles the import benchmarks import: distinct articles made from the bundled
 * texts, each with its own names, places and figures (so none is a duplicate of another).
 */
import type { CorpusArticle } from '../lib/types';

export const N = 10_000;

const PLACES = ['Avelo', 'Brisk Harbor', 'Caldera', 'Dunmore', 'Eastvale', 'Fenwick', 'Glenrock', 'Holloway'];
const NAMES = [
  'Ana Ruiz',
  'Bo Lindqvist',
  'Chidi Obi',
  'Dana Kroll',
  'Emre Kaya',
  'Farah Said',
  'Gus Moreno',
];

export function generateArticles(seeds: readonly CorpusArticle[], n = N): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (let i = 0; i < n; i++) {
    const base = seeds[i % seeds.length]!;
    const place = PLACES[i % PLACES.length]!;
    const name = NAMES[(i * 7) % NAMES.length]!;
    const sentences = base.text.split(/(?<=[.!?”])\s+/);
    const start = i % Math.max(1, sentences.length - 6);
    const text = [
      `${name} said on day ${i} that ${1000 + i} people in ${place} were affected.`,
      ...sentences.slice(start, start + 6),
    ].join(' ');
    out.push({
      id: `gen-${i}`,
      title: `${place}: ${name} on event ${i}`,
      text,
      outlet: `Outlet ${i % 40}`,
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    });
  }
  return out;
}

export const toNdjson = (articles: readonly CorpusArticle[]) =>
  articles.map((a) => JSON.stringify(a)).join('\n');
