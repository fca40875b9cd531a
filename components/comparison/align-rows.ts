/**
 * The rows of the side-by-side reading view: the page's sentences in order, each next to the
 * other outlet's sentence that states the same claim (from `claims[].sentences`), and the other
 * outlet's remaining sentences on rows of their own. With the other outlet's sentences in
 * reading order they are slotted in where they occur; without, they follow at the end.
 */
import type { Comparison } from '@/lib/compare/types';
import { ofId } from '@/lib/by-id';

export interface ReadingRow {
  page: string | null;
  other: string | null;
}

export function alignRows(
  c: Comparison,
  pageId: string,
  otherId: string,
  otherInOrder?: readonly string[],
): ReadingRow[] {
  const pageSentences = c.page.length > 0 ? c.page.map((p) => p.text) : knownSentences(c, pageId);
  const onPage = new Set(pageSentences);
  const pairs = new Map([...pairSentences(c, pageId, otherId)].filter(([mine]) => onPage.has(mine)));
  const paired = new Set(pairs.values());
  const seq = otherInOrder ?? [];
  const position = new Map<string, number>();
  seq.forEach((text, i) => position.has(text) || position.set(text, i));

  const rows: ReadingRow[] = [];
  const emitted = new Set<string>();
  let cursor = 0;
  const emitOthersUpTo = (end: number) => {
    for (; cursor < end; cursor++) {
      const text = seq[cursor] ?? '';
      if (paired.has(text) || emitted.has(text)) continue;
      emitted.add(text);
      rows.push({ page: null, other: text });
    }
  };
  for (const text of pageSentences) {
    const other = pairs.get(text);
    if (other === undefined) {
      rows.push({ page: text, other: null });
      continue;
    }
    pairs.delete(text);
    const at = position.get(other);
    if (at !== undefined && at >= cursor) {
      emitOthersUpTo(at);
      cursor = at + 1;
    }
    emitted.add(other);
    rows.push({ page: text, other });
  }
  emitOthersUpTo(seq.length);
  if (!otherInOrder) {
    for (const text of knownSentences(c, otherId)) {
      if (emitted.has(text) || paired.has(text)) continue;
      emitted.add(text);
      rows.push({ page: null, other: text });
    }
  }
  return rows;
}

/** Page sentence -> the other outlet's sentence of the same claim, each used once. */
function pairSentences(c: Comparison, pageId: string, otherId: string): Map<string, string> {
  const pairs = new Map<string, string>();
  const used = new Set<string>();
  for (const claim of c.claims) {
    const mine = claim.sentences.filter((s) => s.id === pageId).map((s) => s.text);
    const theirs = claim.sentences.filter((s) => s.id === otherId).map((s) => s.text);
    for (let i = 0; i < Math.min(mine.length, theirs.length); i++) {
      const a = mine[i] ?? '';
      const b = theirs[i] ?? '';
      if (pairs.has(a) || used.has(b)) continue;
      pairs.set(a, b);
      used.add(b);
    }
  }
  return pairs;
}

/** The sentences of one outlet the comparison mentions: claims first, then unique details. */
export function knownSentences(c: Comparison, id: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (text: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push(text);
  };
  for (const claim of c.claims) for (const s of claim.sentences) if (s.id === id) add(s.text);
  for (const d of ofId(c.unique, id) ?? []) add(d.text);
  for (const d of c.discrepancies) for (const v of d.values) if (v.id === id) add(v.text);
  return out;
}
