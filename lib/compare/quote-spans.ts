/**
 * Quoted passages of a text: curly or straight double quotes, a quote that spans several
 * sentences, and one that runs on into the next paragraph (news style: the paragraph ends
 * without a closing mark and the next one opens with a quote mark).
 */
import { splitParagraphs } from '../text/paragraphs';

export interface QuoteSpan {
  /** The words quoted, without the marks. */
  text: string;
  /** Offsets of the quoted words in the text. */
  start: number;
  end: number;
  /** Offset just after the closing mark (or the paragraph end). */
  after: number;
  /** Offset of the opening mark. */
  open: number;
  paragraph: number;
}

/** Opening marks and the marks that may close them (texts mix curly and straight quotes). */
const OPEN_TO_CLOSE: Record<string, RegExp> = { '“': /[”"]/g, '"': /["”]/g, '„': /[“”"]/g };

/** Quoted passages of at least two words, in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let runningOn: QuoteSpan | null = null;
  splitParagraphs(text).forEach((p, paragraph) => {
    let i = 0;
    let first = true;
    while (i < p.text.length) {
      const ch = p.text[i] ?? '';
      const close = OPEN_TO_CLOSE[ch];
      if (close === undefined) {
        i++;
        continue;
      }
      close.lastIndex = i + 1;
      const found = close.exec(p.text)?.index ?? -1;
      const closed = found >= 0;
      const endInner = closed ? found : p.text.length;
      const span: QuoteSpan = {
        text: p.text.slice(i + 1, endInner),
        start: p.start + i + 1,
        end: p.start + endInner,
        after: p.start + (closed ? found + 1 : p.text.length),
        open: p.start + i,
        paragraph,
      };
      if (runningOn && first && p.text.slice(0, i).trim() === '') {
        runningOn.text = `${runningOn.text.trim()} ${span.text.trim()}`;
        runningOn.end = span.end;
        runningOn.after = span.after;
      } else {
        out.push(span);
        runningOn = null;
      }
      const current: QuoteSpan = out[out.length - 1] ?? span;
      runningOn = closed ? null : current;
      first = false;
      i = closed ? found + 1 : p.text.length;
    }
    if (first) runningOn = null;
  });
  return out
    .map((q) => ({ ...q, text: q.text.trim().replace(/[,;:\s]+$/u, '') }))
    .filter((q) => q.text.split(/\s+/).length >= 2 && !isTitle(q.text));
}

/** A title in quotes ("Fox News Sunday", "This Week"): every word capitalized, no sentence. */
function isTitle(text: string): boolean {
  const ws = text.split(/\s+/);
  return ws.length <= 6 && !/[.!?,]$/.test(text) && ws.every((w) => /^[\p{Lu}\d]/u.test(w));
}
