/** Publication dates as day numbers, so that gaps are cheap to compute. */
const DAY_MS = 86_400_000;

/** Days since the epoch of an ISO date, or null. */
export function dayOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}
