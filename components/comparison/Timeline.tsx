import type { Discrepancy } from '@/lib/compare/types';
import { formatMoment } from '../format';
import { strings } from '../strings';
import { changes, type TimelineRow } from './timeline';

const t = strings.sidebar;

/**
 * Who reported first and who followed (rows from timeline()), and, given the comparison's
 * differences, how each differing figure or date went from the first report to the later ones.
 */
export function Timeline({
  rows,
  discrepancies = [],
}: {
  rows: TimelineRow[];
  discrepancies?: readonly Discrepancy[];
}) {
  if (rows.length === 0) return null;
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const changed = changes(discrepancies, rows);
  return (
    <section class="timeline" data-testid="timeline" aria-labelledby="timeline-h">
      <h3 id="timeline-h" class="cmp-subhead">
        {t.timelineTitle}
      </h3>
      <ol class="timeline-list">
        {rows.map((r) => (
          <li key={r.id} data-testid="timeline-row" data-outlet={r.id} data-first={r.after ? 'no' : 'yes'}>
            <span class="timeline-name">{r.name}</span>
            <span class="timeline-when">
              <time dateTime={r.published}>{formatMoment(r.published)}</time>
              {' · '}
              <span class={r.after ? 'timeline-gap' : 'timeline-gap timeline-first'}>
                {r.after ? t.after[r.after.unit](r.after.n) : t.first}
              </span>
            </span>
          </li>
        ))}
      </ol>
      {changed.length > 0 ? (
        <>
          <h3 class="cmp-subhead">{t.changesTitle}</h3>
          <ul class="cmp-list" data-testid="timeline-changes">
            {changed.map(({ discrepancy: d, steps }, i) => (
              <li key={i}>
                <span class="cmp-kind">{strings.comparison.discrepancyKind[d.kind]}</span> {d.about}:{' '}
                {steps.map((s) => t.changeStep(s.value, names.get(s.id) ?? s.id)).join(' → ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
