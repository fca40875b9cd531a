/**
 * Where things sit in a JSON text, so that problems found after `JSON.parse` can name
 * their line. Both functions assume the text is valid JSON.
 */

const WHITESPACE = new Set([' ', '\n', '\r', '\t']);

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  return lines(text)(offset);
}

/**
 * The line of each offset of `text`, counted on from the last one asked: offsets asked in
 * increasing order (the elements of an array) cost one pass over the text in all, where a
 * `lineAt` per element would rescan it from the start each time.
 */
export function lines(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    const end = Math.min(offset, text.length);
    for (let i = at; i < end; i++) if (text.charCodeAt(i) === 10) line++;
    at = end;
    return line;
  };
}

/** Offset just past the string literal opening at `start` (a '"'). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  return i;
}

/** Offsets where each element of the array opening at `open` (a '[') starts. */
export function arrayElementOffsets(text: string, open: number): number[] {
  const out: number[] = [];
  let depth = 0;
  let expecting = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i] ?? '';
    if (WHITESPACE.has(c)) continue;
    if (depth === 1 && expecting && c !== ']') {
      out.push(i);
      expecting = false;
    }
    if (c === '"') i = stringEnd(text, i) - 1;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
    } else if (c === ',' && depth === 1) expecting = true;
  }
  return out;
}

/** Offset of the value of `key` in the top-level object of `text`, or -1. */
export function topLevelValueOffset(text: string, key: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') {
      const end = stringEnd(text, i);
      const after = skipWhitespace(text, end);
      if (depth === 1 && text[after] === ':' && JSON.parse(text.slice(i, end)) === key) {
        return skipWhitespace(text, after + 1);
      }
      i = end - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

function parseError(text: string): Error | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** True when a prefix of a JSON text fails only because it stops early. */
function failsOnlyAtEnd(prefix: string): boolean {
  const error = parseError(prefix);
  if (error === null) return true;
  if (/end of JSON input/i.test(error.message)) return true;
  const position = /\bposition (\d+)/.exec(error.message);
  return position !== null && Number(position[1]) >= prefix.length;
}

/**
 * Line of the first syntax error in an invalid JSON text. `JSON.parse` does not always say
 * where ("Unexpected token"), so find the shortest prefix that is wrong rather than merely
 * unfinished: a prefix that is wrong stays wrong when it grows, so a binary search does.
 */
export function syntaxErrorLine(text: string): number {
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (failsOnlyAtEnd(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return lineAt(text, bad - 1);
}

/** A `JSON.parse` error message without position or quoted snippet (the caller gives the line). */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^(Unexpected token .+?), (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '$1')
    .replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '')
    .trim();
}
