/** The page's <meta> tags as a lookup table: `og:title`, `article:published_time`, `dc:creator`... */

import { normalizeSpace } from './text';

/** Pages rarely have more than a hundred; a bound keeps a hostile page from costing more. */
const MAX_META = 600;

export interface MetaTags {
  /** First non-empty value of the first key that has one. */
  first(...keys: string[]): string | null;
  /** Last non-empty value of the first key that has one (what Readability reads). */
  last(...keys: string[]): string | null;
  /** True when any key starts with the prefix (`parsely-`, `dc:`). */
  hasPrefix(prefix: string): boolean;
}

/**
 * Keys are lowercased, without spaces; `name` keys have dots turned to colons so that
 * `DC.creator`, `dc:creator` and `dc.Creator` are one key. `itemprop` and `http-equiv` metas
 * are kept under `itemprop:` and `http-equiv:`.
 */
export function readMetaTags(doc: Document): MetaTags {
  const values = new Map<string, string[]>();
  const add = (key: string, content: string) => {
    const list = values.get(key);
    if (list) list.push(content);
    else values.set(key, [content]);
  };
  const metas = doc.getElementsByTagName('meta');
  const n = Math.min(metas.length, MAX_META);
  for (let i = 0; i < n; i++) {
    const el = metas[i];
    if (!el) break;
    const raw = el.getAttribute('content');
    if (!raw) continue;
    const content = normalizeSpace(raw);
    if (!content) continue;
    const property = el.getAttribute('property');
    if (property) for (const p of property.toLowerCase().split(/\s+/)) if (p) add(p, content);
    const name = el.getAttribute('name');
    if (name) add(name.toLowerCase().replace(/\s+/g, '').replace(/\./g, ':'), content);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) add(`itemprop:${itemprop.toLowerCase().trim()}`, content);
    const equiv = el.getAttribute('http-equiv');
    if (equiv) add(`http-equiv:${equiv.toLowerCase().trim()}`, content);
  }
  const pick = (keys: string[], end: boolean) => {
    for (const k of keys) {
      const list = values.get(k);
      if (list && list.length > 0) return (end ? list[list.length - 1] : list[0]) ?? null;
    }
    return null;
  };
  return {
    first: (...keys) => pick(keys, false),
    last: (...keys) => pick(keys, true),
    hasPrefix: (prefix) => {
      for (const k of values.keys()) if (k.startsWith(prefix)) return true;
      return false;
    },
  };
}
