import { strings } from '../strings';
import { Highlight } from './Highlight';
import { MaybeLocate } from './Locate';
import { labelMap, outletLabels } from './outlets';
import type { SectionProps } from './props';

const s = strings.comparison;

/** Figures, dates, places and titles the outlets state differently, in each one's words. */
export function Differences({ comparison, pageId = 'page', onLocate }: SectionProps) {
  if (comparison.discrepancies.length === 0) return <p class="cmp-empty">{s.noDiscrepancies}</p>;
  const label = labelMap(outletLabels(comparison, pageId));
  return (
    <>
      <p class="cmp-intro">{s.differencesIntro}</p>
      {comparison.discrepancies.map((d, i) => (
        <section key={i} class="cmp-card" data-testid="discrepancy" data-kind={d.kind}>
          <h3 class="cmp-about">
            <span class="cmp-kind">{s.discrepancyKind[d.kind]}</span> {d.about}
          </h3>
          <ul class="cmp-list">
            {d.values.map((v, j) => {
              const who = label(v.id);
              return (
                <li key={j} data-outlet={v.id}>
                  <span class="cmp-outlet-name">{who.full}</span> <span class="cmp-value">{v.value}</span>
                  <div class="cmp-sentence">
                    <MaybeLocate text={who.isPage ? v.text : null} onLocate={onLocate}>
                      <Highlight text={v.text} value={v.value} />
                    </MaybeLocate>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
