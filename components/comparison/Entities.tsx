import type { EntityKind } from '@/lib/compare/types';
import { strings } from '../strings';
import { outletLabels } from './outlets';
import { CarriedBy } from './Presence';
import type { SectionProps } from './props';

const s = strings.comparison;
const KINDS: EntityKind[] = ['person', 'place', 'organization'];

/** People, places and organizations, and which outlets name each, grouped by kind. */
export function Entities({ comparison, pageId = 'page' }: Omit<SectionProps, 'onLocate'>) {
  if (comparison.entities.length === 0) return <p class="cmp-empty">{s.noEntities}</p>;
  const labels = outletLabels(comparison, pageId);
  return (
    <>
      {KINDS.map((kind) => {
        const rows = comparison.entities.filter((e) => e.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} class="cmp-entities cmp-group" data-testid="entity-group" data-kind={kind}>
            <h3 class="cmp-subhead">{s.entityGroup[kind]}</h3>
            <ul class="cmp-claims">
              {rows.map((e, i) => (
                <li key={i} class="cmp-claim" data-testid="entity-row">
                  <span class="cmp-entity">{e.name}</span>
                  <CarriedBy ids={e.outlets} labels={labels} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
