// `parallax corpus build` and `corpus check`, run in-process on temporary folders.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/args';
import { runCorpus } from '../../cli/commands/corpus';
import { InputError } from '../../cli/io';
import { parseCorpusText } from '../../lib/corpus/validate';
import { freshCorpus } from './user-corpus-helpers';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'corpus-build');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runCorpus(argv, (s) => lines.push(s));
  return { code, output: lines.join('\n') };
}

function folder(): string {
  const dir = join(tmp, 'articles');
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, '.DS_Store'), 'x');
  return dir;
}

describe('parallax corpus build', () => {
  it('builds a corpus from text, HTML, JSON and NDJSON files and says what it skipped and why', async () => {
    const dir = folder();
    const out = join(tmp, 'corpus.ndjson');
    const { code, output } = await run('build', dir, '--out', out);
    expect(code).toBe(0);
    expect(output.split('\n')).toEqual([
      `wrote 6 articles from 5 files to ${out}`,
      'skipped 9:',
      '  .DS_Store: hidden',
      '  copy of bridge vote.txt: duplicate of "bridge-vote" in bridge-vote.txt (same text)',
      '  empty.txt: empty file',
      '  scan.pdf: unsupported file type .pdf',
      expect.stringMatching(/^ {2}shop\.html: not an article/),
      '  short-note.txt: not an article (plain text under 80 words)',
      expect.stringMatching(/^ {2}wire\.ndjson line 2: not valid JSON: /),
      '  wire.ndjson line 3: duplicate of "bridge-vote" in bridge-vote.txt (same text)',
      '  wire.ndjson line 5: missing field "text"',
    ]);

    const { articles, problems } = parseCorpusText(readFileSync(out, 'utf8'), out);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      'harbour-fire',
      'bridge-vote',
      'regional-ferry-timetable',
      'regional-library-1',
      'wire-1',
      'school-meals',
    ]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    // HTML goes through the extension's extraction: headline and metadata from the page.
    expect(byId.get('harbour-fire')).toMatchObject({
      title: 'Fire destroys warehouse at Eastport harbour',
      outlet: 'The Coastal Courier',
      date: '2025-03-14T07:45:00Z',
      url: 'https://coastal-courier.example/news/eastport-harbour-fire',
    });
    expect(byId.get('harbour-fire')?.text).toMatch(/^A fire destroyed a timber warehouse/);
    expect(byId.get('harbour-fire')?.text).not.toMatch(/All rights reserved|Sport/);
    // Plain text: the short first line is the headline, not part of the text.
    expect(byId.get('bridge-vote')).toMatchObject({ title: 'Millbrook council backs new river bridge' });
    expect(byId.get('bridge-vote')?.text).toMatch(/^The town council of Millbrook/);
    // JSON entries keep their metadata; those without an id get one from the file and line.
    expect(byId.get('wire-1')).toMatchObject({ outlet: 'Northern Wire', date: '2025-05-21' });
  });

  it('gives the same ids and the same file when run again', async () => {
    const dir = folder();
    const out = join(tmp, 'corpus.ndjson');
    expect((await run('build', dir, '--out', out)).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    const again = await run('build', dir, '--out', out);
    expect(again.output).toMatch(/^wrote 6 articles/);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('writes nothing and exits non-zero when nothing is usable', async () => {
    const dir = join(tmp, 'notes');
    cpSync(join(FIXTURES, 'short-note.txt'), join(dir, 'short-note.txt'));
    const out = join(tmp, 'corpus.ndjson');
    const { code, output } = await run('build', dir, '--out', out);
    expect(code).toBe(1);
    expect(output).toMatch(
      /^nothing usable in .*notes: no corpus written\nskipped 1:\n {2}short-note\.txt: not an article/,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a missing folder or option with a clear message', async () => {
    await expect(run('build', join(tmp, 'absent'), '--out', 'x.ndjson')).rejects.toThrow(
      new InputError(`cannot read ${join(tmp, 'absent')}: no such directory`),
    );
    await expect(run('build', tmp)).rejects.toThrow(new UsageError('corpus build needs --out FILE.ndjson'));
    await expect(run('frobnicate')).rejects.toThrow(/unknown corpus command "frobnicate"/);
  });

  it('builds a corpus the extension can import', async () => {
    const out = join(tmp, 'corpus.ndjson');
    await run('build', folder(), '--out', out);
    const { corpus } = await freshCorpus();
    expect(await corpus.importText(readFileSync(out, 'utf8'), { fileName: out })).toMatchObject({
      added: 6,
      duplicates: [],
    });
  });
});

describe('parallax corpus check', () => {
  it('prints a one-line summary of a valid corpus and exits 0', async () => {
    const out = join(tmp, 'corpus.ndjson');
    await run('build', folder(), '--out', out);
    const { code, output } = await run('check', out);
    expect(code).toBe(0);
    expect(output).toBe(
      `ok: ${out} holds 6 articles (3 with an outlet, 3 dated, 0 with a headline derived from the lead)`,
    );
  });

  it('reports every problem with its line and exits non-zero', async () => {
    const file = join(tmp, 'bad.ndjson');
    writeFileSync(
      file,
      [
        '{"id":"a","text":"One."}',
        '{"id":"a","text":"Two."}',
        '{"id":"b","text":"one."}',
        '{"id":"c","text":"Three.","date":"yesterday"}',
        '{oops',
      ].join('\n'),
    );
    const { code, output } = await run('check', file);
    expect(code).toBe(1);
    expect(output.split('\n')).toEqual([
      'line 2: duplicate id "a" (first on line 1)',
      'line 3: same text, outlet and address as id "a" (line 1): left out',
      expect.stringMatching(/^line 4: field "date" must be an ISO 8601 date/),
      expect.stringMatching(/^line 5: not valid JSON/),
      `3 problems, 1 warning in ${file}`,
    ]);
  });

  it('warns about copies of a text (wire copy) and still exits 0', async () => {
    const file = join(tmp, 'wire.ndjson');
    writeFileSync(
      file,
      [
        '{"id":"ap","text":"The council voted.","outlet":"AP"}',
        '{"id":"yahoo","text":"The council voted.","outlet":"Yahoo News"}',
      ].join('\n'),
    );
    expect(await run('check', file)).toEqual({
      code: 0,
      output: [
        'line 2: same text as id "ap" (line 1): kept as a copy of it (wire copy)',
        `ok: ${file} holds 2 articles (2 with an outlet, 0 dated, 2 with a headline derived from the lead, 1 copy of another article's text)`,
      ].join('\n'),
    });
  });

  it('says so when a corpus holds no article', async () => {
    const file = join(tmp, 'empty.json');
    writeFileSync(file, '{"articles": []}');
    expect(await run('check', file)).toEqual({ code: 1, output: `${file} holds no article` });
  });
});
