/**
 * The Parallax command-line tool: the same engine as the extension, for batch use.
 *   parallax compare FILE [--json] [--corpus CORPUS.ndjson] [--title TITLE] [--date YYYY-MM-DD]
 *   parallax match --corpus CORPUS.ndjson QUERIES.ndjson
 *   parallax score PAIRS.ndjson
 *   parallax corpus build DIR --out FILE.ndjson | corpus check FILE
 *   parallax feeds fetch SOURCES --out CORPUS.ndjson [--state STATE.json] [--json] [--concurrency N]
 */
import { UsageError } from './args';
import { runCompare } from './commands/compare';
import { InputError } from './io';
import { err, out, OutputClosed, OutputError, stdoutClosed } from './output';

const USAGE = `usage: parallax <command> [options]

commands:
  compare FILE [--json] [--corpus CORPUS.ndjson] [--title TITLE] [--date YYYY-MM-DD]
      Compare an article (an .html/.htm page, or plain text; - reads stdin) with the corpus.
      --date gives the page's publication day (plain text has none).
  match --corpus CORPUS.ndjson QUERIES.ndjson [--limit N]
      Match each query article (one JSON object per line) against the corpus.
  score PAIRS.ndjson
      Score pairs of articles, one {"id", "a": {"title"?, "text", "lang"?, "date"?}, "b": {...}}
      per line: one JSON line each, in order, {"id", "score", "verdict", "languages",
      "explanation"}; a line that cannot be read gets {"id", "error"} and the run goes on.
  corpus build DIR --out FILE.ndjson
      Build a corpus from a folder of .txt, .html, .json and .ndjson files.
  corpus check FILE
      Validate a corpus file; report every problem with its line.
  feeds fetch SOURCES --out CORPUS.ndjson [--state STATE.json] [--json] [--concurrency N]
      Fetch the feeds SOURCES names (an OPML file, a file of feed URLs, or one URL), read each
      new article's page, and append the new articles to CORPUS. --state keeps each feed's
      ETag and Last-Modified between runs. Exit 0 when a feed was read, 1 when none could be.
`;

type Command = (argv: string[], out: (s: string) => void) => number | Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  compare: async () => runCompare,
  match: async () => (await import('./commands/match')).runMatch,
  score: async () => (await import('./commands/score')).runScore,
  corpus: async () => (await import('./commands/corpus')).runCorpus,
  feeds: async () => (await import('./commands/feeds')).runFeeds,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      (name ? out : err)(USAGE);
      return name ? 0 : 2;
    }
    const load = COMMANDS[name];
    if (!load) {
      err(`parallax: unknown command "${name}"\n\n${USAGE}`);
      return 2;
    }
    // Nothing a command prints would reach anyone: say so before doing the work.
    if (stdoutClosed()) throw new OutputError('cannot write output: standard output is closed');
    return await (
      await load()
    )(rest, out);
  } catch (e) {
    if (e instanceof OutputClosed) return 0;
    if (e instanceof OutputError) {
      err(`parallax: ${e.message}`);
      return 1;
    }
    if (e instanceof UsageError) {
      err(`parallax ${name}: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      err(`parallax ${name}: ${e.message}`);
      return 1;
    }
    err(`parallax ${name}: unexpected error: ${e instanceof Error ? e.stack : String(e)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
