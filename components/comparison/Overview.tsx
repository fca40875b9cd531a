import { strings } from '../strings';
import { MaybeLocate } from './Locate';
import { outletLabels } from './outlets';
import { CarriedBy } from './Presence';
import type { SectionProps } from './props';
import { breakable } from '../breakable';

const s = strings.comparison;

/**
 * Coverage at a glance: each statement and the outlets that carry it, named in full (no
 * matrix of rotated column headers: it does not fit a 320 px side panel), the shared core first.
 */
export function Overview({ comparison, pageId = 'page', onLocate }: SectionProps) {
  const labels = outletLabels(comparison, pageId);
  if (comparison.claims.length === 0) return <p class="cmp-empty">{s.noClaims}</p>;
  const groups = [
    { key: 'core', title: s.coreGroup, claims: comparison.claims.filter((c) => c.core) },
    { key: 'other', title: s.otherGroup, claims: comparison.claims.filter((c) => !c.core) },
  ].filter((g) => g.claims.length > 0);
  return (
    <>
      <p class="cmp-intro">{s.overviewIntro}</p>
      <div data-testid="coverage">
        {groups.map((g) => (
          <section key={g.key} data-group={g.key} class="cmp-group">
            <h3 class="cmp-subhead">{g.title}</h3>
            <ul class="cmp-claims">
              {g.claims.map((claim, i) => {
                const onPage = claim.sentences.find((x) => x.id === pageId)?.text ?? null;
                return (
                  <li key={i} class="cmp-claim" data-testid="claim-row" data-core={claim.core ? 'yes' : 'no'}>
                    <MaybeLocate text={onPage} onLocate={onLocate}>
                      {breakable(claim.text)}
                    </MaybeLocate>
                    <CarriedBy ids={claim.outlets} labels={labels} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
