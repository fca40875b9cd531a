/** Numbers written in digits or words ("1,300", "3.5", "two", "twenty-five", "a dozen"). */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** The value of one number word or digit string, or null. "twenty-five" -> 25. */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w in UNITS) return UNITS[w] ?? null;
  if (w in TENS) return TENS[w] ?? null;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && (m[1] ?? '') in TENS && (m[2] ?? '') in UNITS) {
    return (TENS[m[1] ?? ''] ?? 0) + (UNITS[m[2] ?? ''] ?? 0);
  }
  return null;
}

/** Is this a word for a number ("two", "1,300"), not counting scale words? */
export function isNumberWord(word: string): boolean {
  return numberValue(word) !== null;
}

/** A number for display: 12000 -> "12,000", 3.5e6 -> "3.5 million". */
export function formatNumber(n: number): string {
  for (const [name, scale] of [
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    if (n >= scale && n % (scale / 10) === 0) return `${n / scale} ${name}`;
  }
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
