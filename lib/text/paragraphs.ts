/**
 * Paragraphs of a plain text, with offsets. Blank lines always separate paragraphs; a single
 * line break does too, unless the line reads as wrapped (no closing punctuation, and the next
 * line starts in lower case).
 */
export interface Paragraph {
  text: string;
  /** Offset of the paragraph in the original text. */
  start: number;
}

const LINE_END = /[.!?:;"”’)\]…]\s*$/u;

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lines = /[^\n]+/g;
  let current: Paragraph | null = null;
  let lastEnd = 0;
  for (let m = lines.exec(text); m !== null; m = lines.exec(text)) {
    const line = m[0];
    if (line.trim() === '') continue;
    const gap = text.slice(lastEnd, m.index);
    const blank = (gap.match(/\n/g)?.length ?? 0) > 1;
    const wrapped = current !== null && !blank && !LINE_END.test(current.text) && /^\s*\p{Ll}/u.test(line);
    if (current && wrapped) {
      current.text = text.slice(current.start, m.index + line.length);
    } else {
      if (current) out.push(current);
      current = { text: line, start: m.index };
    }
    lastEnd = m.index + line.length;
  }
  if (current) out.push(current);
  return out
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return { text: p.text.trim(), start: p.start + lead };
    })
    .filter((p) => p.text.length > 0);
}
