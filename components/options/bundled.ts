import type { CorpusArticle } from '@/lib/types';
import type { BundledSummary } from './CorpusSection';

/** How many bundled articles there are and their outlets (distinct, sorted, unattributed last). */
export function bundledSummary(articles: readonly Pick<CorpusArticle, 'outlet'>[]): BundledSummary {
  const named = new Set<string>();
  let unattributed = false;
  for (const a of articles) {
    const outlet = a.outlet?.trim();
    if (outlet) named.add(outlet);
    else unattributed = true;
  }
  const outlets: (string | null)[] = [...named].sort((a, b) => a.localeCompare(b, 'en'));
  if (unattributed) outlets.push(null);
  return { count: articles.length, outlets };
}
