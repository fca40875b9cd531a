import { useState } from 'preact/hooks';
import { closeness } from '@/lib/closeness';
import type { Match } from '@/lib/types';
import { percent } from './format';
import { strings } from './strings';

/** How close a report is, in words ("Very close"); pressing it shows the number ("82% similar"). */
export function Closeness({ match }: { match: Pick<Match, 'score' | 'verdict'> }) {
  const [shown, setShown] = useState(false);
  const code = closeness(match);
  const words = strings.closeness[code];
  return (
    <span class={`verdict verdict-${match.verdict}`} data-testid="closeness" data-closeness={code}>
      <button
        type="button"
        class="closeness"
        aria-expanded={shown}
        aria-label={shown ? undefined : strings.showSimilarity(words)}
        onClick={() => setShown(!shown)}
      >
        {words}
      </button>
      {shown ? <span class="score"> · {strings.similarity(percent(match.score))}</span> : null}
    </span>
  );
}
