import type { Claim } from '@/lib/compare/types';
import { strings } from '../strings';
import { MaybeLocate } from './Locate';
import { outletLabels, type OutletLabel } from './outlets';
import { OutletHeaders, PresenceCell } from './Presence';
import type { SectionProps } from './props';
import { breakable } from '../breakable';

const s = strings.comparison;

/** Coverage at a glance: which outlet reports which statement, the shared core first. */
export function Overview({ comparison, pageId = 'page', onLocate }: SectionProps) {
  const labels = outletLabels(comparison, pageId);
  const core = comparison.claims.filter((c) => c.core);
  const rest = comparison.claims.filter((c) => !c.core);
  if (comparison.claims.length === 0) return <p class="cmp-empty">{s.noClaims}</p>;
  const groups = [
    { key: 'core', title: s.coreGroup, claims: core },
    { key: 'other', title: s.otherGroup, claims: rest },
  ].filter((g) => g.claims.length > 0);
  return (
    <>
      <p class="cmp-intro">{s.overviewIntro}</p>
      <div class="cmp-scroll" role="region" aria-label={s.tabs.overview} tabIndex={0}>
        <table class="cmp-matrix" data-testid="coverage-matrix">
          <thead>
            <OutletHeaders first={s.statementColumn} labels={labels} />
          </thead>
          {groups.map((g) => (
            <tbody key={g.key} data-group={g.key}>
              <tr class="cmp-group-row">
                <th scope="colgroup" colSpan={labels.length + 1}>
                  {g.title}
                </th>
              </tr>
              {g.claims.map((claim, i) => (
                <ClaimRow key={i} claim={claim} labels={labels} pageId={pageId} onLocate={onLocate} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

function ClaimRow({
  claim,
  labels,
  pageId,
  onLocate,
}: {
  claim: Claim;
  labels: OutletLabel[];
  pageId: string;
  onLocate: SectionProps['onLocate'];
}) {
  const onPage = claim.sentences.find((x) => x.id === pageId)?.text ?? null;
  const carried = new Set(claim.outlets);
  return (
    <tr data-testid="claim-row" data-core={claim.core ? 'yes' : 'no'}>
      <th scope="row" class="cmp-claim">
        <MaybeLocate text={onPage} onLocate={onLocate}>
          {breakable(claim.text)}
        </MaybeLocate>
        <span class="cmp-meta">{s.carriedBy(carried.size, labels.length)}</span>
      </th>
      {labels.map((l) => (
        <PresenceCell key={l.id} present={carried.has(l.id)} yes={s.reported} no={s.notReported} />
      ))}
    </tr>
  );
}
