/**
 * What the tool prints, and how. Titles, outlets, file names and texts come from pages and
 * corpora, so nothing reaches the terminal that it would obey rather than show: `printable`
 * drops escape sequences (window title, clipboard, clearing or hiding the screen) and every
 * other control character. Writes are synchronous and their failures are answers: a reader
 * that went away (`| head -1`) ends the run quietly, a full disk or a closed output is an error.
 */
import { fstatSync, readFileSync, statSync, writeSync } from 'node:fs';

/* eslint-disable no-control-regex */
/** ESC sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings up to their terminator, two-character escapes. */
const ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|[ -/]*[0-~]?)/g;
/** The same in their 8-bit forms: CSI (U+009B) and the string introducers. */
const ESCAPE_8BIT = /\x9b[0-?]*[ -/]*[@-~]?|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c)?/g;
/** Any other C0 or C1 control character but tab and newline (a carriage return can overwrite a line). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** What JSON.stringify leaves raw that a terminal may obey: DEL and the C1 controls. */
const JSON_RAW_CONTROL = /[\x7f-\x9f]/g;
/* eslint-enable no-control-regex */

/** `s` without escape sequences or control characters (tab and newline kept). */
export function printable(s: string): string {
  return s.replace(ESCAPE, '').replace(ESCAPE_8BIT, '').replace(CONTROL, '');
}

/** JSON of `value` that is exact and printable: the controls JSON leaves raw are escaped too. */
export function printableJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    JSON_RAW_CONTROL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Whoever reads the output has gone (EPIPE): stop, say nothing. */
export class OutputClosed extends Error {}

/** The output cannot be written: a full disk, a closed standard output. */
export class OutputError extends Error {}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EPIPE') throw new OutputClosed();
      if (code === 'ENOSPC') throw new OutputError('cannot write output: no space');
      if (code === 'EBADF') throw new OutputError('cannot write output: standard output is closed');
      throw new OutputError(`cannot write output: ${(err as Error).message}`);
    }
  }
}

/**
 * True when standard output was closed when the tool started (`>&-`). Node puts /dev/null,
 * opened read-write, in place of a closed standard descriptor; a shell's `> /dev/null` opens it
 * write-only. Linux only (its /proc says how a descriptor was opened); elsewhere, false.
 */
export function stdoutClosed(): boolean {
  try {
    const stat = fstatSync(1);
    if (!stat.isCharacterDevice() || stat.rdev !== statSync('/dev/null').rdev) return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (parseInt(flags[1]!, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/** Writes a line (or lines) to standard output, printable. */
export function out(s: string): void {
  writeAll(1, printable(s.endsWith('\n') ? s : `${s}\n`));
}

/** Writes a message to standard error, printable; an error writing it is ignored. */
export function err(s: string): void {
  try {
    writeAll(2, printable(s.endsWith('\n') ? s : `${s}\n`));
  } catch {
    // Nowhere left to say it.
  }
}
