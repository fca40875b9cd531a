/**
 * Do two reports state values that cannot both be right? Each report's values are a list;
 * two reports conflict when no value of one is compatible with a value of the other (a report
 * stating both values agrees with either).
 */
export function inConflict<T>(perReport: T[][], compatible: (a: T, b: T) => boolean): boolean {
  return perReport.some((a, i) =>
    perReport.some((b, j) => j > i && !a.some((x) => b.some((y) => compatible(x, y)))),
  );
}
