import type { Match } from '@/lib/types';
import { Closeness } from './Closeness';
import { formatAge, identicalNote, outletName } from './format';
import { ReportHeadline } from './ReportHeadline';
import { strings } from './strings';

/**
 * One other outlet's report: name, headline (a link to the original), age, how close, why it
 * matched. Live, bundled and imported reports look alike.
 */
export function MatchItem({ match, now }: { match: Match; now?: number }) {
  const identical = identicalNote(match);
  const statements = match.explanation?.statements;
  const why = match.explanation
    ? [...match.explanation.names, ...match.explanation.numbers, ...match.explanation.terms].slice(0, 6)
    : [];
  return (
    <li class="match" data-testid="match" data-verdict={match.verdict}>
      <div class="match-head">
        <span class={`outlet${match.outlet ? '' : ' outlet-unknown'}`}>{outletName(match.outlet)}</span>
        <Closeness match={match} />
      </div>
      <div class="headline">
        <ReportHeadline match={match} />
      </div>
      <div class="meta">
        <span data-testid="age">{formatAge(match.published, now)}</span>
        {match.origin === 'user' ? <span> · {strings.popupExtra.fromYourCorpus}</span> : null}
        {match.origin === 'history' ? <span> · {strings.popupExtra.fromYourReading}</span> : null}
        {match.partial ? <span data-testid="partial"> · {strings.popupExtra.summaryOnly}</span> : null}
        {identical ? <span data-testid="identical"> · {identical}</span> : null}
        {match.confidence === 'low' ? <span data-testid="short-text"> · {strings.shortText}</span> : null}
        {statements ? (
          <span data-testid="statements"> · {strings.statementsInCommon(statements.shared)}</span>
        ) : null}
      </div>
      {why.length > 0 ? (
        <div class="why" title={why.join(', ')}>
          {strings.sharedLabel} {why.join(', ')}
        </div>
      ) : null}
    </li>
  );
}
