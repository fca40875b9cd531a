/**
 * Numbers as terms: "11,000" and "11000" are one term, "two" and "2" are one term, so two
 * outlets that write a figure differently still share it.
 */

const WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    eleven: '11',
    twelve: '12',
    thirteen: '13',
    fourteen: '14',
    fifteen: '15',
    sixteen: '16',
    seventeen: '17',
    eighteen: '18',
    nineteen: '19',
    twenty: '20',
    thirty: '30',
    forty: '40',
    fifty: '50',
    sixty: '60',
    seventy: '70',
    eighty: '80',
    ninety: '90',
    hundred: '100',
  }),
);

/** The number a spelled-out word stands for ("two" -> "2"), or null. */
export function spelledNumber(folded: string): string | null {
  return WORDS.get(folded) ?? null;
}

/**
 * Canonical form of a written figure: "11,000" -> "11000", "6th" -> "6", "3.50" -> "3.5". With
 * `decimalComma` (German, French, Spanish...), the language's own formats: "1.500" and "12 000"
 * -> "1500", "1,5" -> "1.5".
 */
export function numberKey(raw: string, decimalComma = false): string | null {
  let digits: string;
  if (decimalComma) {
    digits = raw
      .replace(/[ \u00a0\u202f]/g, '')
      .replace(/(?<=\d)\.(?=\d{3}(?:\D|$))/g, '')
      .replace(/,(?=\d)/, '.')
      .replace(/\.$/, '');
  } else {
    digits = raw.replace(/(?<=\d),(?=\d{3})/g, '').replace(/(?:st|nd|rd|th|s)$/i, '');
  }
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return null;
  const [whole = '', frac] = digits.split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = frac?.replace(/0+$/, '');
  return f ? `${w}.${f}` : w;
}

/**
 * How common a number is a priori: small counts, days of the month and years appear in every
 * kind of story; a figure such as 11000 or 6.1 points at one event.
 */
export function isCommonNumber(key: string): boolean {
  if (key.includes('.')) return false;
  const n = Number(key);
  return n <= 31 || (n >= 1900 && n <= 2099) || n === 100 || n === 1000;
}
