import { strings } from '../strings';
import { MaybeLocate } from './Locate';
import { labelMap, outletLabels } from './outlets';
import type { SectionProps } from './props';

const s = strings.comparison;

/** Statements quoted by several outlets: who said it, who quotes it, and each wording. */
export function Quotes({ comparison, pageId = 'page', onLocate }: SectionProps) {
  if (comparison.quotes.length === 0) return <p class="cmp-empty">{s.noQuotes}</p>;
  const label = labelMap(outletLabels(comparison, pageId));
  return (
    <>
      {comparison.quotes.map((q, i) => (
        <section key={i} class="cmp-card" data-testid="quote-group">
          <h3 class={q.speaker ? 'cmp-speaker' : 'cmp-speaker cmp-muted'}>{q.speaker ?? s.unknownSpeaker}</h3>
          <p class="cmp-meta">{s.quotedBy(q.outlets.map((id) => label(id).full).join(s.listJoin))}</p>
          <ul class="cmp-list">
            {q.variants.map((v, j) => {
              const who = label(v.id);
              return (
                <li key={j} data-testid="quote-variant" data-outlet={v.id}>
                  <span class="cmp-outlet-name">{who.full}</span>
                  <blockquote class="cmp-quote">
                    <MaybeLocate text={who.isPage ? v.text : null} onLocate={onLocate}>
                      {v.text}
                    </MaybeLocate>
                  </blockquote>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
