/** How much of `b`'s vocabulary `a` covers, in [0, 1] (Readability's title similarity). */
export function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const inA = new Set(ta);
  const unique = tb.filter((t) => !inA.has(t));
  return 1 - unique.join(' ').length / tb.join(' ').length;
}

function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
