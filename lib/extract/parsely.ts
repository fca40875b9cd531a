/** Parse.ly tags: `parsely-title`, `parsely-author`, `parsely-pub-date`, `parsely-type`, or the older `parsely-page` JSON. */

import type { MetaTags } from './meta-tags';
import { cleanString } from './text';

export interface Parsely {
  present: boolean;
  title: string | null;
  author: string | null;
  publishedTime: string | null;
  /** `post` for an article; `index`, `frontpage`, `sectionpage` for pages that list them. */
  type: string | null;
}

export function readParsely(tags: MetaTags): Parsely {
  const page = parsePage(tags.first('parsely-page'));
  const type = cleanString(tags.first('parsely-type') ?? page.type)?.toLowerCase() ?? null;
  return {
    present: tags.hasPrefix('parsely-'),
    title: cleanString(page.title),
    author: cleanString(page.author) ?? cleanString(Array.isArray(page.authors) ? page.authors[0] : null),
    publishedTime: cleanString(page.pub_date),
    type,
  };
}

function parsePage(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
