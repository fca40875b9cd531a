import type { OutletLabel } from './outlets';
import { strings } from '../strings';

const s = strings.comparison;

/**
 * Which outlets carry a statement (or name a person), in words that wrap at any width: "All 4
 * outlets", "3 of 4 outlets, not BBC News", "2 of 4 outlets: The Guardian, Latin Times". Full
 * names, never rotated or cut; the page is "This page". `data-outlets` lists the ids carried.
 */
export function CarriedBy({ ids, labels }: { ids: readonly string[]; labels: OutletLabel[] }) {
  const carried = new Set(ids);
  const name = (l: OutletLabel) => (l.isPage ? l.short : l.full);
  const have = labels.filter((l) => carried.has(l.id));
  const lack = labels.filter((l) => !carried.has(l.id));
  const total = labels.length;
  const text =
    lack.length === 0
      ? s.carriedByAll(total)
      : lack.length < have.length
        ? s.carriedByAllBut(have.length, total, lack.map(name).join(s.listJoin))
        : s.carriedByOnly(have.length, total, have.map(name).join(s.listJoin));
  return (
    <span class="cmp-meta" data-testid="carried-by" data-outlets={have.map((l) => l.id).join(' ')}>
      {text}
    </span>
  );
}
