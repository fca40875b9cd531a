/**
 * Scores a comparison against the hand annotation of eval/compare-gold.json (see its "about").
 * Matching, the same for every category:
 *  - normalize(): NFKD, diacritics dropped, lower case, every run of non-letters/digits one space;
 *    a phrase occurs in a text when its normalized words appear there as a whole-word run.
 *  - Shared claims: a claim's sentence is "judged" when it holds a gold phrase of its article
 *    (a shared fact's, a unique detail's or a noise line's). A claim is right when sentences of two
 *    articles or more are judged and each judged sentence states a gold fact that a sentence of
 *    another article in the claim states too; wrong when two articles' sentences are judged
 *    otherwise (chained, or aligned on a name alone), or when a judged sentence holds only a unique
 *    detail or noise; otherwise not judged.
 *  - Unique details: right when the detail holds a gold unique phrase of its article; wrong when
 *    it holds only a gold shared fact's phrase (a paraphrase of a shared fact called unique);
 *    otherwise not judged. Recall: gold unique phrases found in a unique detail of their article.
 *  - Differences: an engine difference matches a gold one when two of its values (of different
 *    articles) each match that article's gold value: normalized words of one contained in the
 *    other's. Precision over all engine differences of gold events; recall over gold differences.
 *  - Quotes: a gold quote is found in an engine variant of its article that starts with its first
 *    words (or, for starts of three words or more, contains them); the variant's group speaker is
 *    right when it names a gold speaker: same normalized name, an alias of that gold entity, or the
 *    same last word (a surname); null is right only when the gold speaker is null.
 *  - Entities: an engine row matches the gold entity whose name or alias it is (titles such as
 *    "Mr.", "Sen." dropped). Kind right over matched rows; rows matching nothing are listed
 *    (fragments, or names the gold missed); gold entities matched by two rows are unmerged aliases.
 */
import type { Comparison } from '../lib/compare';

export interface GoldEvent {
  cluster: string;
  articles: Record<string, string | null>;
  differences: { kind: string; label: string; values: { id: string; value: string }[] }[];
  shared: { label: string; at: { id: string; phrase: string }[] }[];
  unique: { id: string; phrase: string }[];
  noise?: { id: string; phrase: string }[];
  quotes: { id: string; start: string; speaker: string | null | (string | null)[] }[];
  entities: { name: string; kind: string; aliases: string[] }[];
}

export const normalize = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const occurs = (phrase: string, text: string) => ` ${normalize(text)} `.includes(` ${normalize(phrase)} `);

/** Counts of one category; `notes` says what went wrong, for the verbose listing. */
export interface Tally {
  right: number;
  wrong: number;
  unjudged: number;
  notes: string[];
}
const tally = (): Tally => ({ right: 0, wrong: 0, unjudged: 0, notes: [] });

export interface GoldScore {
  claims: Tally;
  sharedFound: { found: number; total: number };
  unique: Tally;
  uniqueFound: { found: number; total: number };
  differences: { matched: number; total: number; goldFound: number; goldTotal: number; notes: string[] };
  speaker: Tally & { found: number; total: number };
  entityKind: Tally & { unknown: string[]; unmerged: string[]; found: number; total: number };
}

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const letter = (id: string) => id.slice(id.lastIndexOf('_') + 1);

function scoreClaims(c: Comparison, g: GoldEvent, s: GoldScore): void {
  for (const claim of c.claims) {
    const judged = claim.sentences
      .map((sent) => ({
        sent,
        facts: new Set(
          g.shared.filter((f) => f.at.some((a) => a.id === sent.id && occurs(a.phrase, sent.text))),
        ),
        other: [...g.unique, ...(g.noise ?? [])].some((u) => u.id === sent.id && occurs(u.phrase, sent.text)),
      }))
      .filter((j) => j.facts.size > 0 || j.other);
    const ids = new Set(judged.map((j) => j.sent.id));
    // Each judged sentence must state a fact that a sentence of another article in the claim states.
    const backed = (j: (typeof judged)[number]) =>
      judged.some((o) => o.sent.id !== j.sent.id && [...j.facts].some((f) => o.facts.has(f)));
    if (ids.size >= 2 && judged.every(backed)) s.claims.right++;
    else if (ids.size >= 2 || judged.some((j) => j.facts.size === 0 && j.other)) {
      s.claims.wrong++;
      s.claims.notes.push(claim.sentences.map((x) => `${letter(x.id)}: ${short(x.text, 60)}`).join(' | '));
    } else s.claims.unjudged++;
  }
  for (const f of g.shared) {
    s.sharedFound.total++;
    const found = c.claims.some(
      (k) =>
        new Set(
          k.sentences
            .filter((x) => f.at.some((a) => a.id === x.id && occurs(a.phrase, x.text)))
            .map((x) => x.id),
        ).size >= 2,
    );
    if (found) s.sharedFound.found++;
  }
}

function scoreUnique(c: Comparison, g: GoldEvent, s: GoldScore): void {
  for (const [id, details] of Object.entries(c.unique)) {
    for (const d of details) {
      const unique = g.unique.some((u) => u.id === id && occurs(u.phrase, d.text));
      const shared = g.shared.find((f) => f.at.some((a) => a.id === id && occurs(a.phrase, d.text)));
      const noise = (g.noise ?? []).some((u) => u.id === id && occurs(u.phrase, d.text));
      if (unique) s.unique.right++;
      else if (shared || noise) {
        s.unique.wrong++;
        s.unique.notes.push(
          `${letter(id)}: ${short(d.text)} (${shared ? `shared: ${shared.label}` : 'noise'})`,
        );
      } else s.unique.unjudged++;
    }
  }
  for (const u of g.unique) {
    s.uniqueFound.total++;
    if ((c.unique[u.id] ?? []).some((d) => occurs(u.phrase, d.text))) s.uniqueFound.found++;
  }
}

const valueMatch = (a: string, b: string) => {
  const x = normalize(a);
  const y = normalize(b);
  return x.length > 0 && y.length > 0 && (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
};

function scoreDifferences(c: Comparison, g: GoldEvent, s: GoldScore): void {
  const matches = (d: Comparison['discrepancies'][number], gd: GoldEvent['differences'][number]) =>
    new Set(
      d.values
        .filter((v) => gd.values.some((gv) => gv.id === v.id && valueMatch(gv.value, v.value)))
        .map((v) => v.id),
    ).size >= 2;
  for (const d of c.discrepancies) {
    s.differences.total++;
    if (g.differences.some((gd) => matches(d, gd))) s.differences.matched++;
    else
      s.differences.notes.push(
        `extra: ${short(d.about, 50)}: ${d.values.map((v) => `${letter(v.id)} ${v.value}`).join(' / ')}`,
      );
  }
  for (const gd of g.differences) {
    s.differences.goldTotal++;
    if (c.discrepancies.some((d) => matches(d, gd))) s.differences.goldFound++;
    else
      s.differences.notes.push(
        `missed: ${gd.label}: ${gd.values.map((v) => `${letter(v.id)} ${v.value}`).join(' / ')}`,
      );
  }
}

/** Titles and suffixes dropped before names are compared: "Sen. Chuck Grassley" is "Chuck Grassley". */
const TITLES = new Set(
  'mr mrs ms dr gov governor sen senator rep representative president justice chief sheriff gen general the vice former speaker'.split(
    ' ',
  ),
);
const bareName = (s: string) => {
  const w = normalize(s).split(' ');
  while (w.length > 1 && TITLES.has(w[0] ?? '')) w.shift();
  while (w.length > 1 && /^(?:jr|sr|ii|iii)$/.test(w.at(-1) ?? '')) w.pop();
  return w.join(' ');
};

function speakerRight(
  engine: string | null,
  gold: GoldEvent['quotes'][number]['speaker'],
  g: GoldEvent,
): boolean {
  const golds = Array.isArray(gold) ? gold : [gold];
  return golds.some((want) => {
    if (want === null || engine === null) return want === engine;
    const e = bareName(engine);
    const entity = g.entities.find((x) => bareName(x.name) === bareName(want));
    const names = [want, ...(entity?.aliases ?? [])].map(bareName);
    if (names.includes(e)) return true;
    const last = (x: string) => x.split(' ').at(-1);
    return last(e) === last(bareName(want)) && entity?.kind !== 'organization';
  });
}

function scoreQuotes(c: Comparison, g: GoldEvent, s: GoldScore): void {
  const variants = c.quotes.flatMap((q) =>
    q.variants.map((v) => ({ ...v, speaker: q.speaker, norm: normalize(v.text) })),
  );
  for (const q of g.quotes) {
    s.speaker.total++;
    const start = normalize(q.start);
    const mine = variants.filter((v) => v.id === q.id);
    const hit =
      mine.find((v) => v.norm === start || v.norm.startsWith(`${start} `)) ??
      (start.split(' ').length >= 3 ? mine.find((v) => ` ${v.norm} `.includes(` ${start} `)) : undefined);
    if (!hit) {
      s.speaker.unjudged++;
      continue;
    }
    s.speaker.found++;
    if (speakerRight(hit.speaker, q.speaker, g)) s.speaker.right++;
    else {
      s.speaker.wrong++;
      const want = Array.isArray(q.speaker) ? q.speaker.join(' or ') : (q.speaker ?? 'none');
      s.speaker.notes.push(
        `${letter(q.id)}: “${short(q.start, 40)}” given to ${hit.speaker ?? 'none'}, is ${want}`,
      );
    }
  }
}

function scoreEntities(c: Comparison, g: GoldEvent, s: GoldScore): void {
  const rowsOf = new Map<GoldEvent['entities'][number], string[]>();
  for (const row of c.entities) {
    const name = bareName(row.name);
    const gold = g.entities.find((e) => [e.name, ...e.aliases].some((n) => bareName(n) === name));
    if (!gold) {
      s.entityKind.unknown.push(`${row.name} (${row.kind})`);
      continue;
    }
    rowsOf.set(gold, [...(rowsOf.get(gold) ?? []), row.name]);
    if (gold.kind === row.kind) s.entityKind.right++;
    else {
      s.entityKind.wrong++;
      s.entityKind.notes.push(`${row.name}: ${row.kind}, is ${gold.kind}`);
    }
  }
  for (const [gold, rows] of rowsOf)
    if (rows.length > 1) s.entityKind.unmerged.push(`${gold.name}: ${rows.join(' / ')}`);
  for (const e of g.entities) {
    if (e.kind === 'other') continue;
    s.entityKind.total++;
    if (rowsOf.has(e)) s.entityKind.found++;
  }
}

export function emptyScore(): GoldScore {
  return {
    claims: tally(),
    sharedFound: { found: 0, total: 0 },
    unique: tally(),
    uniqueFound: { found: 0, total: 0 },
    differences: { matched: 0, total: 0, goldFound: 0, goldTotal: 0, notes: [] },
    speaker: { ...tally(), found: 0, total: 0 },
    entityKind: { ...tally(), unknown: [], unmerged: [], found: 0, total: 0 },
  };
}

/** Adds one event's comparison to the running score. */
export function scoreEvent(c: Comparison, g: GoldEvent, s: GoldScore): void {
  scoreClaims(c, g, s);
  scoreUnique(c, g, s);
  scoreDifferences(c, g, s);
  scoreQuotes(c, g, s);
  scoreEntities(c, g, s);
}

const ratio = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(3));

/** The per-category lines `npm run eval:compare` prints. */
export function formatScore(s: GoldScore): string[] {
  const d = s.differences;
  const e = s.entityKind;
  return [
    `shared claims precision  ${ratio(s.claims.right, s.claims.right + s.claims.wrong)}  (${s.claims.right} right, ${s.claims.wrong} wrong, ${s.claims.unjudged} not judged); gold facts found ${s.sharedFound.found}/${s.sharedFound.total}`,
    `unique details precision ${ratio(s.unique.right, s.unique.right + s.unique.wrong)}  (${s.unique.right} right, ${s.unique.wrong} wrong, ${s.unique.unjudged} not judged); recall ${ratio(s.uniqueFound.found, s.uniqueFound.total)} (${s.uniqueFound.found}/${s.uniqueFound.total})`,
    `differences precision    ${ratio(d.matched, d.total)}  (${d.matched}/${d.total}); recall ${ratio(d.goldFound, d.goldTotal)} (${d.goldFound}/${d.goldTotal})`,
    `quote speaker right      ${ratio(s.speaker.right, s.speaker.found)}  (${s.speaker.right}/${s.speaker.found}); gold quotes found ${s.speaker.found}/${s.speaker.total}`,
    `entity kind right        ${ratio(e.right, e.right + e.wrong)}  (${e.right}/${e.right + e.wrong}); rows not in gold ${e.unknown.length}; unmerged aliases ${e.unmerged.length}; gold entities found ${e.found}/${e.total}`,
  ];
}
