import type { EntityKind } from '@/lib/compare/types';
import { strings } from '../strings';
import { outletLabels } from './outlets';
import { OutletHeaders, PresenceCell } from './Presence';
import type { SectionProps } from './props';

const s = strings.comparison;
const KINDS: EntityKind[] = ['person', 'place', 'organization'];

/** People, places and organizations, and which outlet names each: one matrix per kind. */
export function Entities({ comparison, pageId = 'page' }: Omit<SectionProps, 'onLocate'>) {
  if (comparison.entities.length === 0) return <p class="cmp-empty">{s.noEntities}</p>;
  const labels = outletLabels(comparison, pageId);
  return (
    <>
      {KINDS.map((kind) => {
        const rows = comparison.entities.filter((e) => e.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} class="cmp-entities" data-testid="entity-group" data-kind={kind}>
            <h3 class="cmp-subhead">{s.entityGroup[kind]}</h3>
            <div class="cmp-scroll" role="region" aria-label={s.entityGroup[kind]} tabIndex={0}>
              <table class="cmp-matrix">
                <thead>
                  <OutletHeaders first={s.entityColumn[kind]} labels={labels} />
                </thead>
                <tbody>
                  {rows.map((e, i) => {
                    const named = new Set(e.outlets);
                    return (
                      <tr key={i} data-testid="entity-row">
                        <th scope="row" class="cmp-claim">
                          {e.name}
                        </th>
                        {labels.map((l) => (
                          <PresenceCell
                            key={l.id}
                            present={named.has(l.id)}
                            yes={s.mentioned}
                            no={s.notMentioned}
                          />
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
