/**
 * What the inline highlights mark on the page being read: each of its sentences with the
 * other outlets that support it, how they worded it, and whether it is a detail no other
 * outlet reports or states a figure that differs. Pure data for the content script.
 */
import type { Comparison } from './compare';
import { ofId } from './by-id.ts';

export type MarkKind = 'unique' | 'differs' | 'supported' | 'unsupported';

export interface Wording {
  outlet: string | null;
  text: string;
}

export interface SentenceMark {
  text: string;
  kind: MarkKind;
  /** How many of the other outlets carry it, and which (display names; null = unattributed). */
  support: (string | null)[];
  /** 0: none of the others, 1: one, 2: several, 3: all of them. */
  level: 0 | 1 | 2 | 3;
  wordings: Wording[];
  /** For `differs`: what differs and each outlet's value. */
  differences: { about: string; values: { outlet: string | null; page: boolean; value: string }[] }[];
}

export interface PageMarks {
  /** The number of other outlets compared. */
  others: number;
  sentences: SentenceMark[];
  /**
   * Mark what other outlets report too (the reader's setting `markShared`, off by default):
   * without it only what matters is marked, details only here and figures that differ.
   */
  shared?: boolean;
}

export function pageMarks(c: Comparison, pageId = 'page'): PageMarks {
  const names = new Map(c.outlets.map((o) => [o.id, o.outlet]));
  const others = c.outlets.filter((o) => o.id !== pageId).length;
  const unique = new Set((ofId(c.unique, pageId) ?? []).map((u) => u.text));
  const wordingsOf = new Map<string, Wording[]>();
  for (const claim of c.claims) {
    const mine = claim.sentences.filter((s) => s.id === pageId);
    const theirs = claim.sentences
      .filter((s) => s.id !== pageId)
      .map((s) => ({ outlet: names.get(s.id) ?? null, text: s.text }));
    for (const s of mine) wordingsOf.set(s.text, [...(wordingsOf.get(s.text) ?? []), ...theirs]);
  }
  const differencesOf = new Map<string, SentenceMark['differences']>();
  for (const d of c.discrepancies) {
    const mine = d.values.filter((v) => v.id === pageId);
    if (mine.length === 0) continue;
    const entry = {
      about: d.about,
      values: d.values.map((v) => ({
        outlet: v.id === pageId ? null : (names.get(v.id) ?? null),
        page: v.id === pageId,
        value: v.value,
      })),
    };
    for (const v of mine) differencesOf.set(v.text, [...(differencesOf.get(v.text) ?? []), entry]);
  }
  const sentences = c.page.map((s): SentenceMark => {
    const support = s.support.filter((id) => id !== pageId);
    const differences = differencesOf.get(s.text) ?? [];
    const kind: MarkKind =
      differences.length > 0
        ? 'differs'
        : unique.has(s.text)
          ? 'unique'
          : support.length > 0
            ? 'supported'
            : 'unsupported';
    const level = support.length === 0 ? 0 : support.length >= others ? 3 : support.length === 1 ? 1 : 2;
    return {
      text: s.text,
      kind,
      support: support.map((id) => names.get(id) ?? null),
      level,
      wordings: wordingsOf.get(s.text) ?? [],
      differences,
    };
  });
  return { others, sentences };
}

/**
 * How a sentence is marked on the page: a figure another outlet states differently, a detail
 * only this article reports, or (when the reader asks for it) a sentence others report too.
 */
export type MarkStyle = 'differs' | 'unique' | 'shared';

/** In the legend's order. */
export const MARK_STYLES: readonly MarkStyle[] = ['differs', 'unique', 'shared'];

/** A sentence's mark; null: not marked (one no other outlet carries, or shared when not shown). */
export function markStyle(mark: Pick<SentenceMark, 'kind' | 'level'>, shared = true): MarkStyle | null {
  if (mark.kind === 'differs') return 'differs';
  if (mark.kind === 'unique') return 'unique';
  return shared && mark.level > 0 ? 'shared' : null;
}

/** The sentences that get a mark on the page, with their style. */
export function markedSentences(marks: PageMarks): { mark: SentenceMark; style: MarkStyle }[] {
  return marks.sentences.flatMap((mark) => {
    const style = markStyle(mark, marks.shared === true);
    return style ? [{ mark, style }] : [];
  });
}

/** The styles the legend shows for these marks: "shared" only when it is marked. */
export function legendStyles(marks: Pick<PageMarks, 'shared'>): MarkStyle[] {
  return MARK_STYLES.filter((s) => s !== 'shared' || marks.shared === true);
}
