import { describe, expect, it } from 'vitest';
import { compareArticles, formatComparisonText } from '../../lib/compare';
import { report } from './compare-helpers';

describe('formatComparisonText', () => {
  const text = formatComparisonText(
    compareArticles([
      report(
        'a',
        'The minister announced on Monday that the mine would close. “It is over,” Jan Novak said.',
      ),
      report(
        'b',
        'The minister announced Tuesday that the mine would close. Hundreds of workers protested outside the town hall until late at night.',
      ),
    ]),
  );

  it('lists the outlets with a letter each, then the sections a journalist needs', () => {
    expect(text).toMatch(/^COMPARISON OF 2 REPORTS\n\nA {2}A \(2025-04-08, \d+ words\)\nB {2}B/);
    for (const title of ['SHARED CORE', 'ONLY IN ONE REPORT', 'QUOTES', 'DISCREPANCIES', 'WHO AND WHAT']) {
      expect(text).toContain(title);
    }
  });

  it('shows each discrepancy value with its outlet and sentence', () => {
    expect(text).toContain('A A: Monday — “The minister announced on Monday that the mine would close.”');
    expect(text).toContain('B B: Tuesday — “The minister announced Tuesday that the mine would close.”');
  });
});
