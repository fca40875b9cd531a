/**
 * The same statement quoted by several reports, translated or trimmed differently. Quotes are
 * compared sentence by sentence (one report may quote three sentences where another quotes
 * one); pieces that say the same thing are grouped, at most one per report, and consecutive
 * pieces of one quote that travel together are joined back.
 */
import { pushTo } from './collections';
import { likeness, quotePieces, type Piece } from './quote-pieces';
import type { Quote } from './quotes';
import type { Story } from './story';
import type { QuoteGroup } from './types';

/** Pieces of other reports each piece is compared with. */
const PER_PIECE = 8;

export interface QuoteGrouping {
  groups: QuoteGroup[];
  /** Pairs of sentence uids (different reports) that carry the same quoted statement. */
  links: [number, number][];
}

export function groupQuotes(story: Story, quotes: Quote[]): QuoteGrouping {
  const pieces = quotePieces(story, quotes);
  const links: { a: number; b: number; score: number }[] = [];
  const byTerm = new Map<string, number[]>();
  pieces.forEach((p, i) => p.terms.forEach((t) => pushTo(byTerm, t, i)));
  // Each piece is compared with the few pieces of other reports sharing the most words with
  // it (shared-word counts accumulate through the index), so the cost grows with the story.
  const shared = new Int32Array(pieces.length);
  const touched: number[] = [];
  const compared = new Set<number>();
  pieces.forEach((p, i) => {
    for (const t of p.terms) {
      for (const j of byTerm.get(t) ?? []) {
        if (pieces[j]?.doc === p.doc) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] ?? 0) + 1;
      }
    }
    const best = touched
      .map((j) => [j, shared[j] ?? 0] as const)
      .filter(([, n]) => n >= 2)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, PER_PIECE);
    for (const j of touched) shared[j] = 0;
    touched.length = 0;
    for (const [j, n] of best) {
      const other = pieces[j];
      const key = Math.min(i, j) * pieces.length + Math.max(i, j);
      if (!other || compared.has(key)) continue;
      compared.add(key);
      const ka = quotes[p.quote]?.speakerKey ?? null;
      const kb = quotes[other.quote]?.speakerKey ?? null;
      // Two speakers for one statement: trust the words only when a long passage is the same.
      if (ka && kb && ka !== kb && !(n >= 5 && n >= 0.9 * Math.min(p.terms.size, other.terms.size))) continue;
      const score = likeness(p, other, ka !== null && ka === kb);
      if (score > 0) links.push({ a: Math.min(i, j), b: Math.max(i, j), score });
    }
  });
  links.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const owner = pieces.map((_, i) => i);
  const members = pieces.map((_, i) => [i]);
  for (const { a, b } of links) {
    const ga = owner[a] ?? a;
    const gb = owner[b] ?? b;
    const A = members[ga] ?? [];
    const B = members[gb] ?? [];
    if (ga === gb || B.some((x) => A.some((y) => pieces[x]?.doc === pieces[y]?.doc))) continue;
    members[ga] = [...A, ...B];
    members[gb] = [];
    for (const x of B) owner[x] = ga;
  }
  const kept = members.filter((m) => m.length > 0);
  const uidLinks: [number, number][] = [];
  for (const g of kept) {
    for (let k = 1; k < g.length; k++)
      uidLinks.push([pieces[g[0] ?? -1]?.uid ?? -1, pieces[g[k] ?? -1]?.uid ?? -1]);
  }
  const groups = joinConsecutive(kept, pieces)
    .map((g) => toGroup(story, quotes, pieces, g))
    .sort((x, y) => y.outlets.length - x.outlets.length);
  return { groups, links: uidLinks.filter(([a, b]) => a >= 0 && b >= 0) };
}

/** Groups whose pieces, report by report, are consecutive sentences of one quote are joined. */
function joinConsecutive(groups: number[][], pieces: Piece[]): number[][][] {
  const sorted = groups.map((g) => [...g].sort((a, b) => (pieces[a]?.doc ?? 0) - (pieces[b]?.doc ?? 0)));
  sorted.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  const startsAt = new Map<number, number>();
  sorted.forEach((g, i) => startsAt.set(g[0] ?? -1, i));
  const used = new Set<number>();
  const out: number[][][] = [];
  sorted.forEach((g, i) => {
    if (used.has(i)) return;
    const chain = [g];
    for (let cur = g; ;) {
      const nextIndex = startsAt.get((cur[0] ?? -2) + 1);
      const next = nextIndex === undefined ? undefined : sorted[nextIndex];
      if (nextIndex === undefined || !next || used.has(nextIndex) || !follows(cur, next, pieces)) break;
      used.add(nextIndex);
      chain.push(next);
      cur = next;
    }
    used.add(i);
    out.push(chain);
  });
  return out;
}

function follows(cur: number[], next: number[], pieces: Piece[]): boolean {
  if (cur.length !== next.length) return false;
  return cur.every((a, k) => {
    const p = pieces[a];
    const q = pieces[next[k] ?? -1];
    return !!p && !!q && p.doc === q.doc && p.quote === q.quote && q.part === p.part + 1;
  });
}

function toGroup(story: Story, quotes: Quote[], pieces: Piece[], chain: number[][]): QuoteGroup {
  const first = chain[0] ?? [];
  const docs = [...new Set(first.map((i) => pieces[i]?.doc ?? 0))].sort((a, b) => a - b);
  const speakers = new Map<string, number>();
  for (const i of first) {
    const s = quotes[pieces[i]?.quote ?? -1]?.speaker;
    if (s) speakers.set(s, (speakers.get(s) ?? 0) + 1);
  }
  const speaker = [...speakers].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  return {
    speaker,
    outlets: docs.map((d) => story.docs[d]?.input.id ?? ''),
    variants: first.map((_, k) => ({
      id: story.docs[pieces[first[k] ?? -1]?.doc ?? -1]?.input.id ?? '',
      text: chain.map((g) => pieces[g[k] ?? -1]?.text ?? '').join(' '),
    })),
  };
}
