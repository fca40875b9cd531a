import { openableUrl } from '@/lib/links';
import type { Match } from '@/lib/types';
import { outletName } from './format';
import { strings } from './strings';

/**
 * A report's headline, a link that opens the original in a new tab when its address is known
 * (http or https only; no referrer, no opener). The popup and the side panel both use it.
 */
export function ReportHeadline({ match, url = match.url }: { match: Match; url?: string | null }) {
  const href = openableUrl(url);
  const text = (
    <>
      {match.headline || (href ? strings.openOriginal : '')}
      {match.headlineDerived ? <span class="derived"> ({strings.derivedHeadline})</span> : null}
    </>
  );
  if (!href) return text;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={strings.openOriginalOf(outletName(match.outlet))}
      data-testid="report-link"
    >
      {text}
    </a>
  );
}
