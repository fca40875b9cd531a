/**
 * Figures that change over time: reports of one story come out over hours and days, and a
 * toll rises or a count is corrected. When every report's publication time is known, each
 * report states one value, and the reports of each value all came out after those of the one
 * before, the difference is an update in time order, not a disagreement. Reports published at
 * the same time (the same day, when only days are known) that disagree stay a disagreement.
 */
import type { Story } from './story';
import type { Discrepancy, DiscrepancySide, DiscrepancyStep } from './types';

const hasTime = (iso: string) => /T\d{2}:\d{2}/.test(iso);

/** Is `a` known to be earlier than `b`? Only the days are compared when one has no time. */
export function earlier(a: string, b: string): boolean {
  if (hasTime(a) && hasTime(b)) {
    const [x, y] = [Date.parse(a), Date.parse(b)];
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x < y;
  }
  return a.slice(0, 10) < b.slice(0, 10);
}

export function changeOverTime(
  story: Story,
  sides: DiscrepancySide[],
): Pick<Discrepancy, 'change' | 'timeline'> {
  const published = new Map(story.docs.map((d) => [d.input.id, d.input.published]));
  const ids = sides.flatMap((s) => s.ids);
  const times = sides.map((s) => s.ids.map((id) => published.get(id) ?? null));
  if (new Set(ids).size !== ids.length || times.some((t) => t.some((x) => !x)))
    return { change: 'disagreement' };
  const spans = sides.map((s, i) => {
    const list = (times[i] ?? []) as string[];
    const first = list.reduce((m, t) => (earlier(t, m) ? t : m));
    const last = list.reduce((m, t) => (earlier(m, t) ? t : m));
    return { side: s, first, last };
  });
  spans.sort((x, y) => (earlier(x.first, y.first) ? -1 : earlier(y.first, x.first) ? 1 : 0));
  for (let k = 1; k < spans.length; k++) {
    const [prev, cur] = [spans[k - 1], spans[k]];
    if (!prev || !cur || !earlier(prev.last, cur.first)) return { change: 'disagreement' };
  }
  const timeline: DiscrepancyStep[] = spans.map((s) => ({ ...s.side, from: s.first }));
  return { change: 'update', timeline };
}
