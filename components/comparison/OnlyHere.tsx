import { strings } from '../strings';
import { MaybeLocate } from './Locate';
import { outletLabels } from './outlets';
import type { SectionProps } from './props';
import { ofId } from '@/lib/by-id';

const s = strings.comparison;

/** Details only one outlet reports, outlet by outlet; the page's own can be shown on the page. */
export function OnlyHere({ comparison, pageId = 'page', onLocate }: SectionProps) {
  const labels = outletLabels(comparison, pageId);
  const total = labels.reduce((n, l) => n + (ofId(comparison.unique, l.id)?.length ?? 0), 0);
  if (total === 0) return <p class="cmp-empty">{s.noUnique}</p>;
  return (
    <>
      <p class="cmp-intro">{s.uniqueIntro}</p>
      {labels.map((l) => {
        const details = ofId(comparison.unique, l.id) ?? [];
        return (
          <section key={l.id} class="cmp-card" data-testid="unique-outlet" data-outlet={l.id}>
            <h3 class="cmp-outlet-name">{l.full}</h3>
            {details.length === 0 ? (
              <p class="cmp-muted">{s.noUniqueForOutlet}</p>
            ) : (
              <ul class="cmp-list">
                {details.map((d, i) => (
                  <li key={i}>
                    <MaybeLocate text={l.isPage ? d.text : null} onLocate={onLocate}>
                      {d.text}
                    </MaybeLocate>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
