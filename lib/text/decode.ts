/**
 * Bytes read from a file as UTF-8 text, saying what a plain decode would hide: a file that is
 * not text at all (NUL bytes, or mostly bytes that are neither UTF-8 nor printable), and the
 * lines holding invalid UTF-8 (which a decoder silently turns into U+FFFD).
 */

export type Decoded =
  | {
      binary: false;
      text: string;
      /** 1-based lines holding bytes that are not UTF-8, each replaced by U+FFFD in `text`. */
      invalidLines: number[];
    }
  | { binary: true };

/** Share of suspicious characters (invalid bytes, control characters) above which it is not text. */
const BINARY_SHARE = 0.1;

/** Control characters a text file does not hold (tab, line ends and form feed are text). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f]/g;

function linesWithInvalidBytes(bytes: Uint8Array): number[] {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      fatal.decode(bytes.subarray(start, stop));
    } catch {
      lines.push(line);
    }
    if (end === -1) return lines;
    start = end + 1;
    line++;
  }
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { binary: true };
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let invalidLines: number[] = [];
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    invalidLines = linesWithInvalidBytes(bytes);
  }
  const replaced = invalidLines.length === 0 ? 0 : (text.match(/\ufffd/g) ?? []).length;
  const controls = (text.match(CONTROL) ?? []).length;
  if (text.length > 0 && (replaced + controls) / text.length > BINARY_SHARE) return { binary: true };
  return { binary: false, text, invalidLines };
}

/** Why bytes that are not text are not read, for a reader. */
export const NOT_TEXT = 'not text (a binary file?)';

/** The problem of each line holding invalid UTF-8, as a corpus check or an import reports it. */
export function invalidUtf8Problems(lines: readonly number[]): { line: number; message: string }[] {
  return lines.map((line) => ({
    line,
    message: 'not valid UTF-8: bytes that are not UTF-8 text would be read as "\ufffd"',
  }));
}
