/**
 * Text with a break opportunity (`<wbr>`) in every run of more than MAX_RUN characters without
 * a space. `overflow-wrap: anywhere` alone lets the browser break a long word, but finding
 * where costs layout time that grows with the run: a 100,000-letter word froze every extension
 * page for 13 s in the side-by-side table. Text only: the pieces are text nodes.
 */
import { Fragment, type ComponentChildren } from 'preact';

/** Longest run of characters rendered without a break opportunity. */
export const MAX_RUN = 64;

/** A run of `MAX_RUN` non-space characters or more. */
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'gu');
const MARK = /^\p{M}$/u;

/** True for a UTF-16 unit that belongs with the one before: a cut just before it would split a letter. */
function joinsPrevious(unit: string | undefined): boolean {
  if (unit === undefined) return false;
  const code = unit.charCodeAt(0);
  const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  const joiner = code === 0x200c || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f);
  return lowSurrogate || joiner || MARK.test(unit);
}

/** `run` in pieces of at most MAX_RUN UTF-16 units, never cutting a letter from its marks. */
function pieces(run: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (run.length - start > MAX_RUN) {
    let cut = start + MAX_RUN;
    while (cut > start + 1 && joinsPrevious(run[cut])) cut--;
    out.push(run.slice(start, cut));
    start = cut;
  }
  out.push(run.slice(start));
  return out;
}

/** `text` as children with a `<wbr>` between the pieces of every long run. */
export function breakable(text: string): ComponentChildren {
  if (text.length <= MAX_RUN) return text;
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(LONG_RUN)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    pieces(m[0]).forEach((piece, i) => {
      if (i > 0) out.push(<wbr key={`${m.index}-${i}`} />);
      out.push(piece);
    });
    last = m.index + m[0].length;
  }
  if (last === 0) return text;
  if (last < text.length) out.push(text.slice(last));
  return <Fragment>{out}</Fragment>;
}

/** `breakable` as a component. */
export function Breakable({ text }: { text: string }) {
  return <>{breakable(text)}</>;
}
