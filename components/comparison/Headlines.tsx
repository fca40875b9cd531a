import type { OutletSummary } from '@/lib/compare/types';
import { formatDate } from '../format';
import { strings } from '../strings';
import { outletLabels } from './outlets';
import type { SectionProps } from './props';

const s = strings.comparison;

/** The contract may mark a headline written from the lead (the article had none). */
function isDerived(o: OutletSummary): boolean {
  return (o as OutletSummary & { headlineDerived?: unknown }).headlineDerived === true;
}

/** Every outlet's headline, the page's first. */
export function Headlines({ comparison, pageId = 'page' }: Omit<SectionProps, 'onLocate'>) {
  const labels = outletLabels(comparison, pageId);
  const byId = new Map(comparison.outlets.map((o) => [o.id, o]));
  return (
    <ul class="cmp-headlines">
      {labels.map((l) => {
        const o = byId.get(l.id);
        if (!o) return null;
        return (
          <li key={l.id} class="cmp-card" data-testid="headline" data-outlet={l.id}>
            <div class="cmp-outlet-name">{l.full}</div>
            <div class={o.headline ? 'headline' : 'headline cmp-muted'}>
              {o.headline ?? s.noHeadline}
              {o.headline && isDerived(o) ? <span class="derived"> ({strings.derivedHeadline})</span> : null}
            </div>
            <div class="meta">{formatDate(o.published)}</div>
          </li>
        );
      })}
    </ul>
  );
}
