/**
 * Words to typed terms. A term is a name (a capitalized word used as a proper noun, or an
 * acronym), a number, or a plain word; function words are dropped. Whether a capitalized word
 * at the start of a sentence is a name is decided from the rest of the text: "Chinese" is a
 * name when it is capitalized elsewhere in the middle of a sentence, "Our" is not.
 */
import { scan, type ScannedText, type WordInfo } from './words';

export type TermType = 'name' | 'number' | 'word';

export interface TermStat {
  tf: number;
  type: TermType;
  head: boolean;
  /** The word as first written, for explanations. */
  surface: string;
}

export interface Terms {
  terms: Map<string, TermStat>;
}

/** Per name key: how often it is written capitalized mid-sentence, and how often in lowercase. */
export interface CaseStats {
  capitalized: Map<string, number>;
  lower: Map<string, number>;
}

function caseStats({ words, initial }: ScannedText): CaseStats {
  const capitalized = new Map<string, number>();
  const lower = new Map<string, number>();
  words.forEach((i, n) => {
    if (i.kind !== 'word') return;
    if (!i.capitalized) lower.set(i.nameKey, (lower.get(i.nameKey) ?? 0) + 1);
    else if (!initial[n]) capitalized.set(i.nameKey, (capitalized.get(i.nameKey) ?? 0) + 1);
  });
  return { capitalized, lower };
}

function isName(i: WordInfo, initial: boolean, stats: CaseStats, allCaps: boolean): boolean {
  if (!i.capitalized || i.common) return false;
  if (i.acronym && !allCaps) return true;
  const cap = stats.capitalized.get(i.nameKey) ?? 0;
  const low = stats.lower.get(i.nameKey) ?? 0;
  if (low > cap) return false;
  return !initial || cap > 0 || low === 0;
}

function addWords(into: Terms, text: ScannedText, stats: CaseStats, headline: boolean): void {
  const allCaps = text.words.every((w) => !w.capitalized || w.acronym);
  text.words.forEach((i, n) => {
    if (i.kind === null) return;
    const type: TermType =
      i.kind === 'number'
        ? 'number'
        : isName(i, headline || text.initial[n] === 1, stats, allCaps)
          ? 'name'
          : 'word';
    const key = type === 'word' ? i.wordKey : i.nameKey;
    const s = into.terms.get(key);
    if (!s) into.terms.set(key, { tf: 1, type, head: headline, surface: i.surface });
    else if (headline) s.head = true;
    else {
      s.tf++;
      if (type === 'name') s.type = 'name';
    }
  });
}

/**
 * Terms of an article. Headlines are often in Title Case, so a headline word is a name only
 * when the body uses it as one, or when it is an acronym.
 */
export function articleTerms(title: string | null, body: ScannedText, lang: string | null = null): Terms {
  const stats = caseStats(body);
  const out: Terms = { terms: new Map() };
  addWords(out, body, stats, false);
  if (title) addWords(out, scan(title, lang), stats, true);
  return out;
}
