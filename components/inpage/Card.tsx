/**
 * The hover card: which other outlets carry a sentence, how they worded it, and what another
 * outlet states differently ("Latin Times says Monday").
 */
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
      {mark.differences.map((d, i) => {
        // What the others say, in their name: another outlet's value, not an error on this page.
        const mine = d.values.find((v) => v.page);
        const same = (v: { value: string }) => v.value.toLowerCase() === mine?.value.toLowerCase();
        const others = d.values.filter((v) => !v.page && !same(v));
        return (
          <p class="diff" key={`d${i}`} data-testid="card-difference">
            <span class="says">{others.map((v) => S.says(outletName(v.outlet), v.value)).join('; ')}</span>
            {mine ? <span class="mine">{` (${S.pageSays(mine.value)})`}</span> : null}
            <span class="about">{S.differsAbout(d.about)}</span>
          </p>
        );
      })}
      {mark.wordings.slice(0, CARD_WORDINGS).map((w, i) => (
        <p class="wording" key={`w${i}`}>
          <b>{`${S.wordedAs(outletName(w.outlet))} `}</b>
          {w.text}
        </p>
      ))}
    </div>
  );
}
