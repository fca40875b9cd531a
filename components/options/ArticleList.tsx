import { useState } from 'preact/hooks';
import type { UserArticle } from '@/lib/user-corpus';
import { formatDate, outletName } from '../format';
import { strings } from '../strings';

const t = strings.options.corpus;

/** Articles rendered at first, and added by each "Show more" (a big corpus stays light). */
export const PAGE_SIZE = 100;

export interface ArticleListProps {
  /** The reader's articles, newest first. */
  articles: readonly UserArticle[];
  onRemove: (article: UserArticle) => void;
  disabled?: boolean;
}

/** The reader's articles: title, outlet, date, when it was added, and a way to remove each. */
export function ArticleList({ articles, onRemove, disabled = false }: ArticleListProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  if (articles.length === 0) return null;
  const rest = articles.length - shown;
  return (
    <>
      <ul class="article-list" aria-label={t.listLabel}>
        {articles.slice(0, shown).map((a) => (
          <li key={a.id} class="card user-article" data-testid="user-article">
            <div class="article-text">
              <div class="headline">{a.title}</div>
              <div class="meta">
                <span class={`outlet${a.outlet ? '' : ' outlet-unknown'}`}>{outletName(a.outlet)}</span>
                <span aria-hidden="true"> · </span>
                <span>{formatDate(a.date)}</span>
                <span aria-hidden="true"> · </span>
                <span>{a.addedAt ? t.added(formatDate(a.addedAt)) : t.addedUnknown}</span>
              </div>
            </div>
            <button
              type="button"
              class="secondary"
              aria-label={t.removeLabel(a.title)}
              disabled={disabled}
              onClick={() => onRemove(a)}
              data-testid="remove-article"
            >
              {t.remove}
            </button>
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <button type="button" class="secondary" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t.showMore(Math.min(rest, PAGE_SIZE))}
        </button>
      ) : null}
    </>
  );
}
