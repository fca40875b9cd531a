/**
 * Plain text to paragraphs and back. Copies of news pages come with paragraphs on their own
 * lines, separated by one blank line, several, or none at all; hard-wrapped copies continue
 * a sentence on the next line. The canonical form is NFC text with paragraphs separated by
 * exactly one blank line.
 */

/** NFC, Unix newlines, no-break and zero-width spaces made plain, runs of spaces collapsed. */
export function normalizeLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const ENDS_SENTENCE = /[.!?:;…"”’)\]]$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
/** A hard-wrapped line is long; a short line is a widget label or a heading. */
const MIN_WRAPPED_LENGTH = 50;

/**
 * Split text into paragraphs. Every non-blank line is a paragraph, except that a line which
 * is long and does not end a sentence, followed directly by one that starts in lowercase, is a hard wrap
 * and the two are joined.
 */
export function splitParagraphs(raw: string): string[] {
  const out: string[] = [];
  let previousBlank = true;
  for (const rawLine of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const line = normalizeLine(rawLine);
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    const wrapped =
      !previousBlank &&
      last !== undefined &&
      last.length >= MIN_WRAPPED_LENGTH &&
      !ENDS_SENTENCE.test(last) &&
      STARTS_LOWERCASE.test(line);
    if (wrapped && last !== undefined) {
      out[out.length - 1] = `${last} ${line}`;
    } else {
      out.push(line);
    }
    previousBlank = false;
  }
  return out;
}

/** The canonical text form: paragraphs separated by exactly one blank line. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
