/**
 * The bundled story (assets/corpus.json): what a reader comparing the five reports must find.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles, type CompareInput } from '../../lib/compare';
import type { CorpusFile } from '../../lib/types';

const corpus = JSON.parse(
  readFileSync(new URL('../../assets/corpus.json', import.meta.url), 'utf8'),
) as CorpusFile;
const inputs: CompareInput[] = corpus.articles.map((a) => ({
  id: a.id,
  outlet: a.outlet,
  headline: a.title,
  published: a.date,
  text: a.text,
}));
const comparison = compareArticles(inputs);
const idOf = (word: string) => inputs.find((a) => a.text.includes(word))?.id;

describe('the bundled story', () => {
  it('finds the North Korean troop figures that differ (11,000 vs up to 12,000)', () => {
    const d = comparison.discrepancies.find(
      (x) => x.kind === 'count' && x.values.some((v) => v.value.includes('11,000')),
    );
    expect(d?.values.map((v) => v.value)).toEqual(['11,000 soldiers', 'up to 12,000 troops']);
    expect(d?.about).toContain('North Korea');
    expect(new Set(d?.values.map((v) => v.id)).size).toBe(2);
  });

  it('finds the day of the announcement: Monday in one report, Tuesday in others', () => {
    const d = comparison.discrepancies.find(
      (x) => x.kind === 'day' && x.values.some((v) => v.value === 'Monday'),
    );
    expect(d).toBeDefined();
    const monday = d?.values.filter((v) => v.value === 'Monday').map((v) => v.id);
    const tuesday = d?.values.filter((v) => v.value.includes('Tuesday')).map((v) => v.id);
    expect(monday).toHaveLength(1);
    expect(new Set(tuesday).size).toBeGreaterThanOrEqual(2);
    // The Monday of another event (a nightly address) is not part of it.
    expect(d?.values.some((v) => v.text.includes('nightly address'))).toBe(false);
  });

  it('reports the villages of Tarasivka and Bilohorivka as one outlet’s detail', () => {
    const id = idOf('Tarasivka');
    expect(comparison.unique[id ?? '']?.some((u) => u.text.includes('Tarasivka and Bilohorivka'))).toBe(true);
    for (const name of ['Tarasivka', 'Bilohorivka']) {
      const e = comparison.entities.find((x) => x.name === name);
      expect(e).toMatchObject({ kind: 'place', outlets: [id] });
    }
  });

  it('groups Zelensky’s “clear signal” quote across four outlets with its wordings', () => {
    const q = comparison.quotes.find((x) => x.variants.some((v) => v.text.includes('clear signal')));
    expect(q?.speaker).toMatch(/Zelensky/);
    expect(q?.outlets).toHaveLength(4);
    expect(q?.variants.every((v) => v.text.includes('anything but end the war'))).toBe(true);
    expect(new Set(q?.variants.map((v) => v.text.replace(/’/g, "'"))).size).toBeGreaterThan(1);
  });

  it('groups Sybiha’s two wordings of China’s stance as one quote', () => {
    const q = comparison.quotes.find(
      (x) => x.speaker?.includes('Sybiha') && x.variants.some((v) => /peace/.test(v.text)),
    );
    expect(q?.outlets).toHaveLength(2);
    const [a, b] = q?.variants ?? [];
    expect(a?.text).not.toBe(b?.text);
  });

  it('leaves the Western official’s “not seeing evidence of state sponsorship” to one outlet', () => {
    const q = comparison.quotes.find((x) => x.variants.some((v) => v.text.includes('state sponsorship')));
    expect(q?.outlets).toHaveLength(1);
    expect(q?.speaker).toBe('official');
    const id = q?.outlets[0] ?? '';
    expect(comparison.unique[id]?.some((u) => u.text.includes('state sponsorship'))).toBe(true);
  });

  it('names the shared core: the capture, carried by most outlets', () => {
    const core = comparison.claims.filter((c) => c.core);
    expect(core.length).toBeGreaterThanOrEqual(3);
    expect(core.some((c) => c.sentences.some((s) => /captured two Chinese/.test(s.text)))).toBe(true);
  });

  it('marks each sentence of the page being read with the outlets that carry it', () => {
    const pageId = idOf('Tarasivka') ?? '';
    const c = compareArticles(inputs, { pageId });
    expect(c.page.length).toBeGreaterThan(5);
    expect(c.page[0]?.support.length).toBeGreaterThanOrEqual(2);
    expect(c.page.every((p) => !p.support.includes(pageId))).toBe(true);
    expect(c.page.find((p) => p.text.includes('Tarasivka'))?.support).toEqual([]);
  });

  it('finds nothing different and nothing unique when a report is compared with itself', () => {
    for (const a of inputs) {
      const c = compareArticles([a, { ...a, id: `${a.id}-copy` }]);
      expect(c.discrepancies).toEqual([]);
      expect(Object.values(c.unique).flat()).toEqual([]);
    }
  });
});
