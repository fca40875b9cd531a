/** `parallax score`, run as a researcher runs it: a real process, a real file, one line out per line in. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, FERRY_A, FERRY_B, RUSSIAN_TEXT } from './match-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'parallax-score-'));

function score(lines: string[]) {
  const file = join(dir, `pairs-${Math.random().toString(36).slice(2)}.ndjson`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/parallax.ts', 'score', file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: r.status,
    lines: r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    err: r.stderr,
  };
}

const side = (a: { title: string; text: string; date: string | null }) => ({
  title: a.title,
  text: a.text,
  date: a.date,
});

describe('parallax score', { timeout: 60_000 }, () => {
  it('scores each pair on its own line, in order: the same event high, another event low', () => {
    const r = score([
      JSON.stringify({ id: 'same', a: side(FERRY_A), b: side(FERRY_B) }),
      JSON.stringify({ id: 'other', a: side(FERRY_A), b: { text: BUDGET.text } }),
    ]);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['same', 'other']);
    const [same, other] = r.lines;
    expect(same).toMatchObject({ verdict: 'same-story', languages: ['en', 'en'] });
    expect(Object.keys(same).sort()).toEqual(['explanation', 'id', 'languages', 'score', 'verdict']);
    expect(same.explanation.names.length).toBeGreaterThan(0);
    expect(other.verdict).toBe('different');
    expect(same.score).toBeGreaterThan(other.score);
    for (const l of r.lines) {
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(1);
    }
  });

  it('reports a bad line on that line and goes on, exiting 1', () => {
    const good = JSON.stringify({ id: 'ok', a: side(FERRY_A), b: side(FERRY_B) });
    const r = score([
      '{"id": "broken", "a":',
      good,
      JSON.stringify({ id: 'no-b', a: { text: FERRY_A.text } }),
      JSON.stringify({ id: 'no-text', a: { title: 'x' }, b: { text: FERRY_B.text } }),
      JSON.stringify({ id: 'empty', a: { text: '  ' }, b: { text: FERRY_B.text } }),
      JSON.stringify({ a: { text: FERRY_A.text }, b: { text: FERRY_B.text } }),
      '[1, 2]',
      '',
      good,
    ]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(9);
    expect(r.lines[0]).toEqual({ id: null, error: 'line 1: not valid JSON' });
    expect(r.lines[1].verdict).toBe('same-story');
    expect(r.lines[2]).toEqual({ id: 'no-b', error: 'line 3: missing "b"' });
    expect(r.lines[3]).toEqual({ id: 'no-text', error: 'line 4: missing "a.text"' });
    expect(r.lines[4]).toEqual({ id: 'empty', error: 'line 5: "a.text" is empty' });
    expect(r.lines[5]).toEqual({ id: null, error: 'line 6: missing "id"' });
    expect(r.lines[6]).toEqual({ id: null, error: 'line 7: not a JSON object' });
    expect(r.lines[7]).toEqual({ id: null, error: 'line 8: empty line' });
    expect(r.lines[8]).toEqual(r.lines[1]);
  });

  it('says in words which language it cannot compare, with no score', () => {
    const r = score([JSON.stringify({ id: 'ru', a: { text: RUSSIAN_TEXT }, b: side(FERRY_A) })]);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toEqual({
      id: 'ru',
      score: null,
      verdict: null,
      languages: ['ru', 'en'],
      error: 'cannot compare Russian yet',
    });
  });

  it('refuses a missing file as the other commands do', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'cli/parallax.ts', 'score', join(dir, 'none.ndjson')],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no such file');
  });
});
