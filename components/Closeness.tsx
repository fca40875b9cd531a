import { useState } from 'preact/hooks';
import { closeness } from '@/lib/closeness';
import type { Match } from '@/lib/types';
import { percent } from './format';
import { strings } from './strings';

/**
 * How close a report is, in words ("Close"); pressing it shows how much of their telling
 * content the two texts share ("74% similar"), when that is known. The match score
 * is never shown as a similarity: it says how surely the story is the same, not how alike.
 */
export function Closeness({ match }: { match: Pick<Match, 'score' | 'verdict' | 'similarity'> }) {
  const [shown, setShown] = useState(false);
  const code = closeness(match);
  const words = strings.closeness[code];
  const sim = match.similarity;
  if (sim === undefined) {
    return (
      <span class={`verdict verdict-${match.verdict}`} data-testid="closeness" data-closeness={code}>
        {words}
      </span>
    );
  }
  return (
    <span
      class={`verdict verdict-${match.verdict}`}
      data-testid="closeness"
      data-closeness={code}
      title={strings.similarity(percent(sim))}
    >
      <button
        type="button"
        class="closeness"
        aria-expanded={shown}
        aria-label={shown ? undefined : strings.showSimilarity(words)}
        onClick={() => setShown(!shown)}
      >
        {words}
      </button>
      {shown ? <span class="score"> · {strings.similarity(percent(sim))}</span> : null}
    </span>
  );
}
