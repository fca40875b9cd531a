/** Do two reports state values with nothing in common? (A report stating both agrees with either.) */
export function inConflict(sets: Set<string>[]): boolean {
  return sets.some((a, i) => sets.some((b, j) => j > i && ![...a].some((v) => b.has(v))));
}
