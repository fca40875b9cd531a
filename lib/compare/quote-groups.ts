/**
 * The same statement quoted by several reports, translated or trimmed differently. Quotes are
 * compared sentence by sentence (one report may quote three sentences where another quotes
 * one); pieces that say the same thing are grouped, at most one per report, and consecutive
 * pieces of one quote that travel together are joined back.
 */
import { pushTo } from './collections';
import { compareTwoStrings } from 'string-similarity';
import { foldText } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { terms } from '../text/tokens';
import type { Quote } from './quotes';
import type { Story } from './story';
import type { QuoteGroup } from './types';

/** Pieces of other reports each piece is compared with. */
const PER_PIECE = 8;

interface Piece {
  quote: number;
  part: number;
  doc: number;
  /** The report sentence the piece is in. */
  uid: number;
  text: string;
  terms: Set<string>;
  folded: string;
}

/** How alike two pieces are, or 0 when they are not the same statement. */
function likeness(a: Piece, b: Piece, sameSpeaker: boolean): number {
  let shared = 0;
  for (const t of a.terms) if (b.terms.has(t)) shared++;
  const smaller = Math.min(a.terms.size, b.terms.size);
  const containment = shared / Math.max(1, smaller);
  const chars = compareTwoStrings(a.folded, b.folded);
  // A fragment of two content words is the same statement only if it is a trimmed copy.
  const fragment = smaller < 3 && inOrder(a.folded, b.folded);
  const sameWords =
    smaller >= 3 && (sameSpeaker ? shared >= 2 && containment >= 0.75 : shared >= 3 && containment >= 0.6);
  if (fragment || sameWords || (chars >= 0.75 && shared >= 2)) return containment + chars;
  return 0;
}

/** Are the words of the shorter text found in the longer one, in the same order? */
function inOrder(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const want = short.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const have = long.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  let k = 0;
  for (const w of have) if (k < want.length && w === want[k]) k++;
  return want.length >= 2 && k === want.length;
}

export interface QuoteGrouping {
  groups: QuoteGroup[];
  /** Pairs of sentence uids (different reports) that carry the same quoted statement. */
  links: [number, number][];
}

export function groupQuotes(story: Story, quotes: Quote[]): QuoteGrouping {
  const pieces: Piece[] = [];
  quotes.forEach((q, quote) => {
    const own = story.docs[q.doc]?.sentences ?? [];
    splitSentences(q.text).forEach((s, part) => {
      const at = q.start + s.start;
      const uid = (own.find((x) => x.start <= at && at < x.end) ?? own[0])?.uid ?? -1;
      const text = s.text;
      pieces.push({
        quote,
        part,
        doc: q.doc,
        uid,
        text,
        terms: new Set(terms(text)),
        folded: foldText(text).toLowerCase(),
      });
    });
  });

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
