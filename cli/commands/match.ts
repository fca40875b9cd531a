/**
 * `parallax match --corpus CORPUS.ndjson QUERIES.ndjson`: one JSON line per query, in order,
 * `{ "id": <query id>, "matches": [...] }` with the matches as in `compare --json`. A query
 * whose id is also in the corpus is never matched with itself. QUERIES may be `-` (stdin).
 */
import { createIndex, createMatcher } from '../../lib/match';
import { parseArgs, stringFlag, UsageError } from '../args';
import { loadCorpus } from '../io';
import { printableJson } from '../output';
import { MAX_MATCHES } from './compare';

export function runMatch(argv: string[], out: (s: string) => void): number {
  const args = parseArgs(argv, { corpus: true, limit: true });
  const corpusPath = stringFlag(args, 'corpus');
  if (!corpusPath) throw new UsageError('match needs --corpus CORPUS.ndjson');
  if (args.positional.length !== 1)
    throw new UsageError('match takes one QUERIES.ndjson file (or - for stdin)');
  const limitFlag = stringFlag(args, 'limit');
  const limit = limitFlag === null ? MAX_MATCHES : Number(limitFlag);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MATCHES) {
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_MATCHES}`);
  }
  const corpus = loadCorpus(corpusPath);
  const queries = loadCorpus(args.positional[0]!);
  const byId = new Map(corpus.map((a) => [a.id, a]));
  const matcher = createMatcher(createIndex(corpus), { texts: (id) => byId.get(id) });
  for (const q of queries) {
    const result = matcher.match(
      { id: q.id, title: q.title, text: q.text, outlet: q.outlet, date: q.date, url: q.url, lang: q.lang },
      { limit, excludeId: q.id },
    );
    const line: Record<string, unknown> = { id: q.id, matches: result.matches };
    if (!result.language.supported) line.unsupportedLanguage = result.language.code;
    out(printableJson(line));
  }
  return 0;
}
