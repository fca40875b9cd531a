/** Matching beyond English: each language's words, figures and names, and across languages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher } from '../../lib/match';
import { analyse } from '../../lib/match/features';
import { nameKey } from '../../lib/match/normalize';
import { scorePair } from '../../lib/match/pair';
import type { CorpusFile } from '../../lib/types';
import { GERMAN_OTHER_STORY, GERMAN_REPORT, ITALIAN_REPORT } from './languages-fixtures';

const seeds = (JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile).articles;
const matcher = createMatcher(createIndex(seeds));
const seedIds = seeds.map((s) => s.id).sort();

const termsOf = (text: string, lang?: string) => [
  ...(analyse(null, text, lang).features?.terms.keys() ?? []),
];

describe('one language', () => {
  it('reads figures as the language writes them', () => {
    const de = termsOf('Die Stadt zahlt 1.500 Euro an 12 000 Haushalte, insgesamt 1,5 Millionen Euro.', 'de');
    expect(de).toEqual(expect.arrayContaining(['1500', '12000', '1.5']));
    const en = termsOf('The city pays 1,500 euros to 12,000 households, 1.5 million euros in all.', 'en');
    expect(en).toEqual(expect.arrayContaining(['1500', '12000', '1.5']));
  });

  it('stems each language by its own rules and drops its function words', () => {
    const es = termsOf('Los soldados capturaron a dos ciudadanos; el soldado capturado dijo que', 'es');
    // soldados/soldado, capturaron/capturado: one term each; los, a, el, dijo, que: none.
    expect(es.sort()).toEqual(['captur', 'ciudadan', 'sold']);
    expect(
      termsOf("L'enquête de l'armée sur les enquêtes", 'fr').filter((k) => k.startsWith('enquet')),
    ).toHaveLength(1);
    // Turkish writes a name's case ending after an apostrophe: the name is the same.
    const tr = termsOf("Erdoğan'ın açıklaması ve Erdoğan", 'tr');
    expect(tr.filter((k) => k.startsWith('erdogan'))).toHaveLength(1);
  });

  it('tells two reports of one event from another event, in Spanish', () => {
    const a =
      'Un terremoto de magnitud 6,1 sacudió el martes la provincia de Esmeraldas, en Ecuador. Al menos 14 personas murieron y cientos de viviendas resultaron dañadas, según la Secretaría de Gestión de Riesgos. El presidente Guillermo Lasso viajó a la zona afectada.';
    const b =
      'Al menos catorce muertos dejó el sismo de 6,1 grados que golpeó Esmeraldas el martes. El mandatario Guillermo Lasso llegó a la provincia, donde la Secretaría de Gestión de Riesgos contabiliza cientos de casas dañadas por el terremoto.';
    const other =
      'El Banco Central de Chile subió el martes su tasa de interés al 11,25 % para frenar la inflación, que alcanzó el 14 % en agosto. El consejo votó por unanimidad y anunció que mantendrá la política monetaria restrictiva durante los próximos meses.';
    const same = scorePair({ title: null, text: a }, { title: null, text: b });
    const different = scorePair({ title: null, text: a }, { title: null, text: other });
    expect(same).toMatchObject({ ok: true, verdict: 'same-story', languages: ['es', 'es'] });
    expect(different).toMatchObject({ ok: true, verdict: 'different' });
  });
});

describe('across languages', () => {
  it('meets one name in its transliterations and a place under its other names', () => {
    const key = nameKey('Zelensky');
    for (const spelling of ['Zelenskyy', 'Zelenskiy', 'Selenskyj', 'Зеленський', 'Зеленский'])
      expect(nameKey(spelling), spelling).toBe(key);
    expect(nameKey('Wolodymyr')).toBe(nameKey('Volodymyr'));
    expect(nameKey('Donezk')).toBe(nameKey('Donetsk'));
    expect(nameKey('Peking')).toBe(nameKey('Beijing'));
    expect(nameKey('Pechino')).toBe(nameKey('Beijing'));
    expect(nameKey('Moskau')).toBe(nameKey('Moscow'));
    expect(nameKey('Putin')).not.toBe(nameKey('Biden'));
  });

  it('finds the bundled story from an Italian report of it, and calls it the same story', () => {
    const r = matcher.match({ ...ITALIAN_REPORT, date: '2025-04-08' });
    expect(r.language).toEqual({ code: 'it', supported: true });
    expect(r.matches.map((m) => m.id).sort()).toEqual(seedIds);
    expect(r.matches[0]?.verdict).toBe('same-story');
    expect(r.matches.every((m) => m.verdict !== 'different')).toBe(true);
    expect(r.matches[0]?.explanation?.names).toContain('Zelensky');
  });

  it('finds the bundled story from a German report of it, by the names it shares', () => {
    const r = matcher.match({ ...GERMAN_REPORT, date: '2025-04-08' });
    expect(r.language).toEqual({ code: 'de', supported: true });
    expect(r.matches.length).toBeGreaterThan(0);
    expect(seedIds).toContain(r.matches[0]?.id);
    expect(r.matches[0]?.verdict).not.toBe('different');
    // Selenskyj meets Zelensky, Peking meets Beijing.
    expect(r.matches[0]?.explanation?.names).toEqual(expect.arrayContaining(['Selenskyj', 'Peking']));
  });

  it('does not call another story about the same people the same story', () => {
    for (const date of ['2025-04-10', null]) {
      const r = matcher.match({ ...GERMAN_OTHER_STORY, date });
      expect(r.matches.every((m) => m.verdict !== 'same-story')).toBe(true);
      // The German report of the story itself scores above it against every seed it shares.
      const story = matcher.match({ ...GERMAN_REPORT, date });
      expect(story.matches[0]?.score ?? 0).toBeGreaterThan(r.matches[0]?.score ?? 0);
    }
  });

  it('says which language it cannot compare', () => {
    const r = scorePair(
      {
        title: null,
        text: 'Паром перевернулся в воскресенье на озере недалеко от города, погибли не менее семнадцати человек, большинство пассажиров спасли рыбаки.',
      },
      { title: null, text: ITALIAN_REPORT.text },
    );
    expect(r).toEqual({ ok: false, languages: ['ru', 'it'], unsupported: { code: 'ru', supported: false } });
  });
});
