// `parallax compare`, run in-process: --date for pages that have none, and an unsupported
// language said as `match` says it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/args';
import { parseDateFlag, runCompare } from '../../cli/commands/compare';
import { FERRY_A, FERRY_B, RUSSIAN_TEXT } from './match-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'parallax-compare-'));
const corpusFile = join(dir, 'corpus.ndjson');
writeFileSync(corpusFile, `${JSON.stringify(FERRY_B)}\n`);

function compare(text: string, ...flags: string[]): { code: number; output: string } {
  const file = join(dir, `page-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  let output = '';
  const code = runCompare([file, '--corpus', corpusFile, ...flags], (s) => (output += s));
  return { code, output };
}

describe('parallax compare --date', () => {
  it('gives a plain-text page its publication day', () => {
    const { code, output } = compare(FERRY_A.text, '--json', '--date', '2024-05-12');
    expect(code).toBe(0);
    const doc = JSON.parse(output);
    expect(doc.page.publishedTime).toBe('2024-05-12');
    expect(doc.matches[0]).toMatchObject({ id: 'ferry-b', verdict: 'same-story' });
    expect(JSON.parse(compare(FERRY_A.text, '--json').output).page.publishedTime).toBeNull();
  });

  it('refuses anything but a real day written YYYY-MM-DD, as a usage error', () => {
    expect(parseDateFlag(null)).toBeNull();
    expect(parseDateFlag('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '12/05/2024', '2024-05-12T10:00:00Z', 'yesterday'])
      expect(() => parseDateFlag(bad), bad).toThrow(UsageError);
    expect(() => compare(FERRY_A.text, '--date', '2024-5-12')).toThrow(
      '--date must be a day written YYYY-MM-DD, got "2024-5-12"',
    );
  });
});

describe('parallax compare: a language it cannot match', () => {
  it('says so in JSON as match does, and in words in the report', () => {
    const json = JSON.parse(compare(RUSSIAN_TEXT, '--json').output);
    expect(json.unsupportedLanguage).toBe('ru');
    expect(json.matches).toEqual([]);
    const { code, output } = compare(RUSSIAN_TEXT);
    expect(code).toBe(0);
    // The language by its name, not its code.
    expect(output).toContain(
      'Language not supported yet. This article seems to be in Russian Parallax cannot compare yet.',
    );
    // A supported page says nothing of the kind.
    expect(JSON.parse(compare(FERRY_A.text, '--json').output)).not.toHaveProperty('unsupportedLanguage');
  });
});
