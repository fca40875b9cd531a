/**
 * Checking a corpus given as one JSON array against the same articles as NDJSON: 20,000
 * entries, both through `parseCorpusText` (`corpus check`, `--corpus`) and `readImport` (what
 * an import reads), in the same run. The array's entries are located by line once, in one pass
 * (it took quadratic time before: 24 s against 1 s). Target: the array within 2x of NDJSON,
 * pretty-printed (a line per field) and on one line.
 */
import { parseCorpusText } from '../lib/corpus/validate';
import { readImport } from '../lib/user-corpus/read';
import type { CorpusFile } from '../lib/types';
import { readFileSync } from 'node:fs';
import { generateArticles } from './import-corpus';
import { time, type BenchReport } from './report';

const ENTRIES = 20_000;
const TARGET = 2;
const ROUNDS = 3;

export default async function (): Promise<BenchReport> {
  const seeds = (JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile).articles;
  const articles = generateArticles(seeds, ENTRIES);
  const files = {
    ndjson: articles.map((a) => JSON.stringify(a)).join('\n'),
    'array (pretty)': JSON.stringify(articles, null, 2),
    'array (one line)': JSON.stringify(articles),
  };
  const lines: string[] = [];
  const targets: BenchReport['targets'] = [];
  const readers = {
    'corpus check': (text: string) => parseCorpusText(text, 'corpus.json').articles.length,
    import: (text: string) => readImport(text, 'corpus.json').articles.length,
  };
  for (const [reader, read] of Object.entries(readers)) {
    for (const [format, text] of Object.entries(files))
      if (read(text) !== ENTRIES) throw new Error(`${reader} ${format}: not ${ENTRIES} articles`);
    // Interleaved rounds, fastest of each kept: the least disturbed by other processes.
    const samples = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++)
      for (const [format, text] of Object.entries(files))
        samples.set(format, [...(samples.get(format) ?? []), ...time(() => read(text), 1, 0)]);
    const ms = Object.fromEntries([...samples].map(([format, t]) => [format, Math.min(...t)])) as Record<
      keyof typeof files,
      number
    >;
    lines.push(
      `${reader}, ${ENTRIES.toLocaleString('en')} entries (fastest of ${ROUNDS} interleaved rounds): ` +
        Object.entries(ms)
          .map(([format, t]) => `${format} ${t.toFixed(0)} ms`)
          .join(', '),
    );
    for (const format of ['array (pretty)', 'array (one line)'] as const) {
      const ratio = ms[format] / ms.ndjson;
      targets.push({
        label: `${reader}: JSON ${format} / NDJSON = ${ratio.toFixed(2)}x (target <= ${TARGET}x)`,
        ok: ratio <= TARGET,
      });
    }
  }
  return { name: 'corpus check: JSON array vs NDJSON', lines, targets };
}
