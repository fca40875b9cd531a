/** The hover card: which other outlets carry a sentence, how they worded it, what differs. */
import type { SentenceMark } from '@/lib/marks';
import { outletName } from '../format';
import { strings } from '../strings';

const S = strings.highlights;

/** How many other outlets' wordings the card shows. */
export const CARD_WORDINGS = 3;

export function Card({ mark }: { mark: SentenceMark }) {
  const names = mark.support.map((n) => outletName(n));
  return (
    <div class="card" role="tooltip" data-testid="card">
      <p class="who">{names.length ? S.supportedBy(names.join(', ')) : S.onlyHere}</p>
      {mark.differences.map((d, i) => (
        <p class="diff" key={`d${i}`}>
          {`${S.differsAbout(d.about)} — ${d.values
            .map((v) => `${v.page ? S.thisPage : outletName(v.outlet)}: ${v.value}`)
            .join(' · ')}`}
        </p>
      ))}
      {mark.wordings.slice(0, CARD_WORDINGS).map((w, i) => (
        <p class="wording" key={`w${i}`}>
          <b>{`${S.wordedAs(outletName(w.outlet))} `}</b>
          {w.text}
        </p>
      ))}
    </div>
  );
}
