import type { Match } from '@/lib/types';
import { formatDate, outletName, percent } from './format';
import { strings } from './strings';

/** One other outlet's report: name, headline, date, how close, why it matched. */
export function MatchItem({ match }: { match: Match }) {
  const why = match.explanation
    ? [...match.explanation.names, ...match.explanation.numbers, ...match.explanation.terms].slice(0, 6)
    : [];
  return (
    <li class="match" data-testid="match" data-verdict={match.verdict}>
      <div class="match-head">
        <span class={`outlet${match.outlet ? '' : ' outlet-unknown'}`}>{outletName(match.outlet)}</span>
        <span class={`verdict verdict-${match.verdict}`}>{strings.verdict[match.verdict]}</span>
      </div>
      <div class="headline">
        {match.headline ?? ''}
        {match.headlineDerived ? <span class="derived"> ({strings.derivedHeadline})</span> : null}
      </div>
      <div class="meta">
        <span>{formatDate(match.published)}</span>
        <span aria-hidden="true"> · </span>
        <span>{strings.similarity(percent(match.score))}</span>
        {match.origin === 'user' ? <span> · {strings.popupExtra.fromYourCorpus}</span> : null}
      </div>
      {why.length > 0 ? (
        <div class="why" title={why.join(', ')}>
          {strings.sharedLabel} {why.join(', ')}
        </div>
      ) : null}
    </li>
  );
}
