/** `?tab=N` pins an extension page to a tab (tests, links); null: follow the active tab. */
export function pinnedTab(search: string = location.search): number | null {
  const v = new URLSearchParams(search).get('tab');
  return v && /^\d+$/.test(v) ? Number(v) : null;
}
