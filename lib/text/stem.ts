/**
 * The Porter stemmer (M. F. Porter, 1980; step 1c as in Porter2), for English words in lower
 * case. It conflates inflections and derivations ("captured", "capturing", "capture" -> "captur").
 */
const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

const C = '[^aeiou]';
const V = '[aeiouy]';
const CS = `${C}[^aeiouy]*`;
const VS = `${V}[aeiou]*`;
const MGR0 = new RegExp(`^(${CS})?${VS}${CS}`);
const MEQ1 = new RegExp(`^(${CS})?${VS}${CS}(${VS})?$`);
const MGR1 = new RegExp(`^(${CS})?${VS}${CS}${VS}${CS}`);
const HAS_VOWEL = new RegExp(`^(${CS})?${V}`);
const CVC = new RegExp(`^${CS}${V}[^aeiouwxy]$`);

export function stem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word[0] === 'y' ? 'Y' + word.slice(1) : word;
  // Step 1a
  if (/sses$|ies$/.test(w)) w = w.slice(0, -2);
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);
  // Step 1b
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)eed$/.exec(w))) {
    if (MGR0.test(m[1] ?? '')) w = w.slice(0, -1);
  } else if ((m = /^(.+?)(ed|ing)$/.exec(w)) && HAS_VOWEL.test(m[1] ?? '')) {
    w = m[1] ?? w;
    if (/(at|bl|iz)$/.test(w)) w += 'e';
    else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
    else if (CVC.test(w)) w += 'e';
  }
  // Step 1c, as in Porter2: y -> i after a consonant only ("happy", but "deploy" stays)
  if ((m = /^(.+[^aeiou])y$/.exec(w)) && (m[1] ?? '').length > 1) w = (m[1] ?? '') + 'i';
  // Step 2
  for (const [suffix, repl] of STEP2) {
    if (w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      if (MGR0.test(base)) w = base + repl;
      break;
    }
  }
  // Step 3
  for (const [suffix, repl] of STEP3) {
    if (w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      if (MGR0.test(base)) w = base + repl;
      break;
    }
  }
  // Step 4
  const suffix4 = STEP4.find((s) => w.endsWith(s));
  if (suffix4) {
    const base = w.slice(0, -suffix4.length);
    if (MGR1.test(base)) w = base;
  } else if ((m = /^(.+?)(s|t)(ion)$/.exec(w)) && MGR1.test((m[1] ?? '') + (m[2] ?? ''))) {
    w = (m[1] ?? '') + (m[2] ?? '');
  }
  // Step 5
  if ((m = /^(.+?)e$/.exec(w))) {
    const base = m[1] ?? '';
    if (MGR1.test(base) || (MEQ1.test(base) && !CVC.test(base))) w = base;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);
  return w[0] === 'Y' ? 'y' + w.slice(1) : w;
}
