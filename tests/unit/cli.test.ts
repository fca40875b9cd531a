/** The command-line tool, run as a user runs it: a real process, real files, real exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSite } from '../../scripts/build-demo';
import type { CorpusFile } from '@/lib/types';

let dir: string;
const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;

function parallax(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/parallax.ts', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  buildDemoSite(join(dir, 'site'));
  const ndjson = corpus.articles
    .map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, outlet: a.outlet, date: a.date }))
    .join('\n');
  writeFileSync(join(dir, 'corpus.ndjson'), `${ndjson}\n`);
});

describe('parallax compare', { timeout: 60_000 }, () => {
  it('recognizes a corpus page and lists the four other outlets as the same story, with a comparison', () => {
    const r = parallax(['compare', join(dir, 'site', 'moscow-times.html'), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.page).toMatchObject({ isArticle: true, siteName: 'The Moscow Times', lang: 'en' });
    expect(doc.page.title).toContain('Zelensky Says Ukrainian Troops Captured');
    expect(Object.keys(doc.page).sort()).toEqual(
      ['byline', 'isArticle', 'lang', 'publishedTime', 'siteName', 'title', 'wordCount'].sort(),
    );
    const same = doc.matches.filter((m: { verdict: string }) => m.verdict === 'same-story');
    expect(same.map((m: { id: string }) => m.id).sort()).toEqual([
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
    ]);
    expect(doc.matches.some((m: { id: string }) => m.id === 'seed-000')).toBe(false); // not itself
    for (const m of doc.matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    for (const key of ['outlets', 'claims', 'unique', 'quotes', 'discrepancies', 'entities', 'page']) {
      expect(doc.comparison).toHaveProperty(key);
    }
  });

  it('reads a plain-text article from stdin and prints a readable report', () => {
    const text = corpus.articles[1]!.text;
    const r = parallax(['compare', '-', '--title', 'From stdin'], text);
    expect(r.code).toBe(0);
    expect(r.out).toContain('From stdin');
    expect(r.out).toMatch(/same-story/);
  });

  it('always lists the best match, even when it is a different story', () => {
    const r = parallax(['compare', join(dir, 'site', 'other-story.html'), '--json']);
    const doc = JSON.parse(r.out);
    expect(doc.matches.length).toBeGreaterThanOrEqual(1);
    expect(doc.matches.every((m: { verdict: string }) => m.verdict !== 'same-story')).toBe(true);
    expect(doc.comparison).toBeNull();
  });

  it('says clearly what is wrong with bad input, and exits non-zero', () => {
    const missing = parallax(['compare', join(dir, 'nope.html')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
    const flag = parallax(['compare', 'x.html', '--bogus']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('unknown option --bogus');
    const date = parallax(['compare', '-', '--date', '2025-02-30'], 'Some text.');
    expect(date.code).toBe(2);
    expect(date.err).toContain('--date must be a day written YYYY-MM-DD, got "2025-02-30"');
    writeFileSync(
      join(dir, 'bad.ndjson'),
      '{"id":"a","title":"t","text":"x"}\n{oops\n{"id":"b","title":"t"}\n',
    );
    const bad = parallax([
      'compare',
      join(dir, 'site', 'guardian.html'),
      '--corpus',
      join(dir, 'bad.ndjson'),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/line 2: .*JSON/);
    expect(bad.err).toMatch(/line 3: .*text/);
  });
});

describe('parallax match', { timeout: 60_000 }, () => {
  it('prints one JSON line per query, in order, never matching an article with itself', () => {
    const r = parallax(['match', '--corpus', join(dir, 'corpus.ndjson'), join(dir, 'corpus.ndjson')]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(corpus.articles.map((a) => a.id));
    for (const l of lines) {
      expect(l.matches.some((m: { id: string }) => m.id === l.id)).toBe(false);
      expect(l.matches.filter((m: { verdict: string }) => m.verdict === 'same-story')).toHaveLength(4);
    }
  });

  it('needs --corpus', () => {
    const r = parallax(['match', join(dir, 'corpus.ndjson')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--corpus');
  });
});
