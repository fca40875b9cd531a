/**
 * `parallax score PAIRS.ndjson`: batch scoring for researchers. Each input line is
 * `{"id", "a": {"title"?, "text", "lang"?, "date"?}, "b": {...}}`; each prints one JSON line, in
 * order: `{"id", "score", "verdict", "languages": [a, b], "explanation"}`. A line that cannot be
 * read prints `{"id", "error"}` (id null when it has none) and the run goes on; so does a pair in
 * a language the matcher cannot compare yet (`score` and `verdict` null, `error` naming the
 * language). Exit 1 when any line could not be read, 0 otherwise. PAIRS may be `-` (stdin).
 */
import { languageName } from '../../components/format';
import type { LanguageInfo } from '../../lib/match';
import { scorePair, type PairArticle } from '../../lib/match/pair';
import { parseArgs, UsageError } from '../args';
import { readInput } from '../io';
import { printableJson } from '../output';

type Line = Record<string, unknown>;

class LineError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalString(side: Record<string, unknown>, field: string, where: string): string | null {
  const v = side[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new LineError(`"${where}.${field}" must be a string`);
  return v;
}

function articleOf(pair: Record<string, unknown>, where: 'a' | 'b'): PairArticle {
  const side = pair[where];
  if (side === undefined) throw new LineError(`missing "${where}"`);
  if (!isObject(side)) throw new LineError(`"${where}" must be an object with a "text"`);
  const text = side.text;
  if (text === undefined || text === null) throw new LineError(`missing "${where}.text"`);
  if (typeof text !== 'string') throw new LineError(`"${where}.text" must be a string`);
  if (text.trim() === '') throw new LineError(`"${where}.text" is empty`);
  return {
    title: optionalString(side, 'title', where),
    text,
    lang: optionalString(side, 'lang', where),
    date: optionalString(side, 'date', where),
  };
}

/** Why a language cannot be compared, in words (its name, not its code). */
function cannotCompare(info: LanguageInfo): string {
  return info.code === null
    ? 'cannot tell the language of this text'
    : `cannot compare ${languageName(info.code)} yet`;
}

/** The output line for one input line. */
export function scoreLine(raw: string, lineNo: number): Line {
  let id: string | null = null;
  try {
    if (raw.trim() === '') throw new LineError('empty line');
    let pair: unknown;
    try {
      pair = JSON.parse(raw);
    } catch {
      throw new LineError('not valid JSON');
    }
    if (!isObject(pair)) throw new LineError('not a JSON object');
    if (typeof pair.id === 'string' || typeof pair.id === 'number') id = String(pair.id);
    else if (pair.id === undefined || pair.id === null) throw new LineError('missing "id"');
    else throw new LineError('"id" must be a string');
    const r = scorePair(articleOf(pair, 'a'), articleOf(pair, 'b'));
    if (!r.ok)
      return { id, score: null, verdict: null, languages: r.languages, error: cannotCompare(r.unsupported) };
    return {
      id,
      score: Math.round(r.score * 1e4) / 1e4,
      verdict: r.verdict,
      languages: r.languages,
      explanation: r.explanation,
    };
  } catch (e) {
    if (e instanceof LineError) return { id, error: `line ${lineNo}: ${e.message}` };
    throw e;
  }
}

export function runScore(argv: string[], out: (s: string) => void): number {
  const args = parseArgs(argv, {});
  if (args.positional.length !== 1)
    throw new UsageError('score takes one PAIRS.ndjson file (or - for stdin)');
  const { text, invalidLines } = readInput(args.positional[0]!);
  const invalid = new Set(invalidLines);
  const lines = text.split(/\r?\n/);
  // A final line break ends the last line; it does not start another.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let failed = false;
  lines.forEach((raw, i) => {
    const line: Line = invalid.has(i + 1)
      ? { id: null, error: `line ${i + 1}: bytes that are not UTF-8` }
      : scoreLine(raw, i + 1);
    if ('error' in line && line.score === undefined) failed = true;
    out(printableJson(line));
  });
  return failed ? 1 : 0;
}
