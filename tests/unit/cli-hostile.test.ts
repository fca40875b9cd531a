/**
 * The command-line tool against hostile files, folders, terminals and streams: a real process,
 * real files in a temporary folder, run through a shell as a reader would.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusFile } from '@/lib/types';

const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;
const TEXTS = corpus.articles.map((a) => a.text);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
  chmodSync(tmp, 0o777);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `parallax ARGS` run by bash, with `redirect` appended (">&-", "| head -1"...). */
function shell(args: string[], redirect = '', options: SpawnSyncOptions = {}) {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const command = `"${process.execPath}" --import tsx cli/parallax.ts ${quoted} ${redirect}`;
  const r = spawnSync('bash', ['-c', `${command}; echo "exit=\${PIPESTATUS[0]}" >&2`], {
    encoding: 'utf8',
    timeout: 60_000,
    ...options,
  });
  const err = String(r.stderr);
  const code = Number(/exit=(\d+)\n$/.exec(err)?.[1]);
  return { code, out: String(r.stdout), err: err.replace(/exit=\d+\n$/, '') };
}

function folder(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('corpus build never overwrites an input', { timeout: 60_000 }, () => {
  it('refuses an output inside the folder, or an input reached by another name, and leaves it whole', () => {
    const dir = folder('inputs', { 'story.txt': TEXTS[0]!, 'other.txt': TEXTS[1]! });
    const inside = shell(['corpus', 'build', dir, '--out', join(dir, 'story.txt')]);
    expect(inside.code).toBe(1);
    expect(inside.err).toContain('will not write');
    expect(inside.err).toContain('inside');
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(TEXTS[0]);

    const fresh = shell(['corpus', 'build', dir, '--out', join(dir, 'new.ndjson')]);
    expect(fresh.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['other.txt', 'story.txt']);

    linkSync(join(dir, 'other.txt'), join(tmp, 'hard-link.txt'));
    symlinkSync(join(dir, 'story.txt'), join(tmp, 'soft-link.txt'));
    for (const name of ['hard-link.txt', 'soft-link.txt']) {
      const r = shell(['corpus', 'build', dir, '--out', join(tmp, name)]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/will not write .*(one of the inputs|inside)/);
    }
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(TEXTS[0]);
    expect(readFileSync(join(dir, 'other.txt'), 'utf8')).toBe(TEXTS[1]);
  });

  it('writes through a temporary file: a failed write leaves the old corpus and no stray file', () => {
    const dir = folder('replace', { 'story.txt': TEXTS[0]! });
    const out = join(tmp, 'replace.ndjson');
    expect(shell(['corpus', 'build', dir, '--out', out]).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    writeFileSync(join(dir, 'more.txt'), TEXTS[2]!);
    const full = shell(['corpus', 'build', dir, '--out', '/dev/full']);
    expect(full).toMatchObject({ code: 1, err: 'parallax corpus: cannot write /dev/full: no space\n' });
    const nowhere = shell(['corpus', 'build', dir, '--out', join(out, 'corpus.ndjson')]);
    expect(nowhere).toMatchObject({
      code: 1,
      err: expect.stringMatching(/cannot write .*: not a directory/),
    });
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(shell(['corpus', 'build', dir, '--out', out]).out).toMatch(/^wrote 2 articles/);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('folder builds read regular files only', { timeout: 60_000 }, () => {
  it('skips a broken link, a link loop, a folder loop, a FIFO and an unreadable file, each with why', () => {
    const dir = folder('odd', { 'good.txt': TEXTS[0]!, 'secret.txt': TEXTS[1]! });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
    symlinkSync(dir, join(dir, 'again'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
    const out = join(tmp, 'odd-out');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    // As root every file is readable: run as nobody so that the unreadable one is.
    // Nobody's shell must not try root's startup files (BASH_ENV, ENV, a HOME it cannot read).
    const { BASH_ENV: _b, ENV: _e, ...env } = process.env;
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534, env: { ...env, HOME: tmp } } : {};
    const r = shell(['corpus', 'build', dir, '--out', join(out, 'corpus.ndjson')], '', asUser);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      `wrote 1 article from 1 file to ${join(out, 'corpus.ndjson')}`,
      'skipped 5:',
      '  again: a link to a folder already read',
      '  dangling.txt: broken symbolic link',
      '  loop.txt: symbolic link loop',
      '  pipe.txt: not a regular file',
      '  secret.txt: cannot read: permission denied',
      '',
    ]);
  });

  it('says which lines of a text file are not UTF-8, and reads a saved page in the charset it declares', () => {
    const dir = folder('encodings', { 'good.txt': TEXTS[0]! });
    const [first, ...rest] = TEXTS[1]!.split('\n');
    writeFileSync(
      join(dir, 'latin.txt'),
      Buffer.concat([
        Buffer.from(`${first}\n`),
        Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
        Buffer.from(rest.join('\n')),
      ]),
    );
    const body = TEXTS[2]!
      .split('\n')
      .map((p) => `<p>${p}</p>`)
      .join('');
    const page = `<html><head><meta charset="windows-1252"><title>Caf\u00e9 \u201cfire\u201d</title></head><body><article><h1>Caf\u00e9 \u201cfire\u201d</h1>${body}</article></body></html>`;
    // windows-1252 bytes: é is 0xE9, the curly quotes 0x93 and 0x94.
    const bytes = Buffer.from(
      [...page].map((c) => (c === '\u201c' ? 0x93 : c === '\u201d' ? 0x94 : c.charCodeAt(0))),
    );
    writeFileSync(join(dir, 'saved.html'), bytes);
    const out = join(tmp, 'encodings.ndjson');
    const r = shell(['corpus', 'build', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  latin.txt: not valid UTF-8 on line 2 (save it as UTF-8)');
    const titles = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { title: string | null }).title);
    expect(titles).toContain('Caf\u00e9 \u201cfire\u201d');
    expect(readFileSync(out, 'utf8')).not.toContain('\ufffd');
  });

  it('skips a binary file named .txt instead of counting its words', () => {
    const noise = Buffer.from(Array.from({ length: 60_000 }, (_, i) => (i * 7919 + 13) % 256));
    const dir = folder('binary', { 'good.txt': TEXTS[0]! });
    writeFileSync(join(dir, 'noise.txt'), noise);
    const r = shell(['corpus', 'build', dir, '--out', join(tmp, 'binary.ndjson')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  noise.txt: not text (a binary file?)');
  });
});

describe('nothing the terminal would obey is printed', { timeout: 60_000 }, () => {
  const HOSTILE =
    '\x1b]0;owned\x07Harbour\x1b]52;c;ZWNobyBvd25lZA==\x07 fire\x1b[2J\x1b[8m report\x9b31m\x1b[0m\r';

  it('strips escape sequences and control characters from titles, outlets and ids', () => {
    const page = `<html><head><title>${HOSTILE}</title><meta property="og:site_name" content="${HOSTILE}"></head><body><article><h1>${HOSTILE}</h1>${TEXTS[0]!
      .split('\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    writeFileSync(join(tmp, 'hostile.html'), page);
    const lines = corpus.articles.map((a) => JSON.stringify({ ...a, outlet: `${a.outlet}${HOSTILE}` }));
    writeFileSync(join(tmp, 'hostile.ndjson'), `${lines.join('\n')}\n`);

    const report = shell(['compare', join(tmp, 'hostile.html'), '--corpus', join(tmp, 'hostile.ndjson')]);
    expect(report.code).toBe(0);
    expect(report.out).toContain('PAGE  Harbour fire report');
    expect(report.out).not.toMatch(TERMINAL_CONTROL);
    expect(report.out).not.toContain('owned');

    const json = shell([
      'compare',
      join(tmp, 'hostile.html'),
      '--corpus',
      join(tmp, 'hostile.ndjson'),
      '--json',
    ]);
    expect(json.out).not.toMatch(TERMINAL_CONTROL);
    // JSON stays exact: the controls are escaped, not lost.
    expect(JSON.parse(json.out).matches[0].outlet).toContain('\x9b31m');

    writeFileSync(join(tmp, 'ids.ndjson'), `${JSON.stringify({ id: HOSTILE })}\n`);
    const check = shell(['corpus', 'check', join(tmp, 'ids.ndjson')]);
    expect(check.code).toBe(1);
    expect(check.out).not.toMatch(TERMINAL_CONTROL);

    const missing = shell(['compare', join(tmp, `${HOSTILE}.html`)]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
    expect(missing.err).not.toMatch(TERMINAL_CONTROL);
  });
});

describe('output and input streams', { timeout: 60_000 }, () => {
  let big: string;
  beforeAll(() => {
    big = join(tmp, 'many-problems.ndjson');
    writeFileSync(big, Array.from({ length: 20_000 }, (_, i) => `{"id":"a${i}"}`).join('\n'));
  });

  it('ends quietly when the reader goes away (| head -1)', () => {
    const r = shell(['corpus', 'check', big], '| head -1');
    expect(r.out).toBe('line 1: missing field "text"\n');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('says so when the output cannot be written: a full disk, a closed standard output', () => {
    const full = shell(['corpus', 'check', big], '> /dev/full');
    expect(full).toEqual({ code: 1, out: '', err: 'parallax: cannot write output: no space\n' });
    const closed = shell(['corpus', 'check', big], '>&-');
    expect(closed.code).toBe(1);
    expect(closed.err).toBe('parallax: cannot write output: standard output is closed\n');
    // Discarding the output on purpose is not an error.
    expect(shell(['corpus', 'check', big], '> /dev/null')).toEqual({ code: 1, out: '', err: '' });
  });

  it('refuses a closed or empty standard input instead of reading an empty article', () => {
    for (const redirect of ['<&-', '< /dev/null']) {
      const r = shell(['compare', '-'], redirect);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toBe(
        'parallax compare: standard input is empty (closed, or nothing was sent): nothing to read\n',
      );
    }
  });

  it('names each line holding invalid UTF-8 in a corpus check', () => {
    const good = (id: string) =>
      Buffer.from(`${JSON.stringify({ id, text: TEXTS[0]!.slice(0, 200) + id })}\n`);
    const latin1 = Buffer.from(
      `${JSON.stringify({ id: 'b', text: 'Caf\u00e9 owners say it is too late.' })}\n`,
      'latin1',
    );
    writeFileSync(join(tmp, 'latin1.ndjson'), Buffer.concat([good('a'), latin1, good('c'), latin1]));
    const r = shell(['corpus', 'check', join(tmp, 'latin1.ndjson')]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'line 2: not valid UTF-8: bytes that are not UTF-8 text would be read as "\ufffd"',
      'line 4: not valid UTF-8: bytes that are not UTF-8 text would be read as "\ufffd"',
      'line 4: duplicate id "b" (first on line 2)',
      `3 problems in ${join(tmp, 'latin1.ndjson')}`,
      '',
    ]);
  });

  it('refuses binary input with a clear message', () => {
    const noise = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(join(tmp, 'noise.bin'), noise);
    for (const args of [
      ['compare', join(tmp, 'noise.bin')],
      ['corpus', 'check', join(tmp, 'noise.bin')],
    ]) {
      const r = shell(args);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/cannot read .*noise\.bin: not text \(a binary file\?\)\n$/);
    }
    const piped = shell(['compare', '-'], `< '${join(tmp, 'noise.bin')}'`);
    expect(piped.err).toBe('parallax compare: cannot read standard input: not text (a binary file?)\n');
  });
});
