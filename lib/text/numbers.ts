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

const WORD_VALUES = new Map<string, number>([...Object.entries(UNITS), ...Object.entries(TENS)]);
const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;

/** The value of one number word or digit string, or null. "twenty-five" -> 25. */
export function numberValue(word: string): number | null {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGITS.test(word) ? Number(word.replace(/,/g, '')) : null;
  const direct = WORD_VALUES.get(word);
  if (direct !== undefined) return direct;
  const w = c >= 65 && c <= 90 ? word.toLowerCase() : word;
  const lower = w === word ? undefined : WORD_VALUES.get(w);
  if (lower !== undefined) return lower;
  const dash = w.indexOf('-');
  if (dash < 0) return null;
  const tens = WORD_VALUES.get(w.slice(0, dash)) ?? 0;
  const unit = WORD_VALUES.get(w.slice(dash + 1)) ?? 0;
  return tens >= 20 && tens % 10 === 0 && unit > 0 && unit < 10 ? tens + unit : null;
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
