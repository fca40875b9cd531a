// A corpus from a folder's files: stable ids, every file left out named with why.
import { describe, expect, it } from 'vitest';
import { pageFromText } from '../../lib/plain-text';
import { corpusFromFiles, fileId, type SourceFile } from '../../lib/user-corpus/folder';

const story = (topic: string) =>
  `${topic} in the news\n\n` +
  Array.from({ length: 10 }, (_, i) => `Report ${i} on the ${topic} says the work goes on as planned.`).join(
    ' ',
  );
const files = (entries: Record<string, string>): SourceFile[] =>
  Object.entries(entries).map(([path, content]) => ({ path, read: () => content }));
/** HTML read as plain text: enough to test what the builder does with an extracted page. */
const readHtml = (_file: SourceFile, content: string) => pageFromText(content);

describe('corpusFromFiles', () => {
  it('takes ids from file names, keeps them apart when two files share a name', () => {
    const { articles } = corpusFromFiles(
      files({ 'b/Río Story.txt': story('river'), 'a.txt': story('bridge'), 'a.html': story('harbour') }),
      readHtml,
    );
    expect(articles.map((a) => [a.id, a.title])).toEqual([
      ['a', 'harbour in the news'],
      ['a-txt', 'bridge in the news'],
      ['b-rio-story', 'river in the news'],
    ]);
    expect(fileId('../weird//Name (2).HTML')).toBe('weird-name-2');
    expect(fileId('???.txt')).toBe('article');
  });

  it('gives id-less entries of corpus files an id from the file and line (NDJSON) or position (JSON)', () => {
    const entry = (t: string) => ({ title: t, text: story(t) });
    const { articles, skipped } = corpusFromFiles(
      files({
        'w.ndjson': `\n${JSON.stringify(entry('one'))}\n\n${JSON.stringify({ id: 'own', ...entry('two') })}\n`,
        'list.json': JSON.stringify([entry('three'), entry('four')], null, 2),
        'single.json': JSON.stringify(entry('five')),
      }),
      readHtml,
    );
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['list-1', 'list-2', 'single', 'w-2', 'own']);
  });

  it('reads no file it cannot use', () => {
    const read: string[] = [];
    const file = (path: string): SourceFile => ({ path, read: () => (read.push(path), '') });
    const { skipped } = corpusFromFiles([file('x.pdf'), file('README'), file('empty.txt')], readHtml);
    expect(read).toEqual(['empty.txt']);
    expect(skipped.map((s) => `${s.path}: ${s.reason}`)).toEqual([
      'README: unsupported file type (no extension)',
      'empty.txt: empty file',
      'x.pdf: unsupported file type .pdf',
    ]);
  });
});
