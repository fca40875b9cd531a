/**
 * Finding a sentence of extracted text in the live page, as a DOM Range, without changing the
 * page. Extraction collapses white space, so text is matched on a white-space-folded view of
 * each element's text nodes that maps every folded character back to its node and offset.
 */

interface TextMap {
  /** The element's text with runs of white space folded to one space. */
  folded: string;
  /** For each character of `folded`, the text node and offset it comes from. */
  nodes: Text[];
  offsets: number[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Bounded work: a sentence is looked for in at most this many characters of one element. */
const MAX_CHARS = 200_000;

/** Folds typographic variants that extraction or segmentation may have normalized. */
function fold(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  if (ch === '’' || ch === '‘') return "'";
  if (ch === '“' || ch === '”') return '"';
  return ch;
}

export function textMap(root: Element): TextMap {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const map: TextMap = { folded: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  let lastSpace = true;
  let length = 0;
  for (let n = walker.nextNode(); n && length < MAX_CHARS; n = walker.nextNode()) {
    const text = n as Text;
    if (text.parentElement && SKIP.has(text.parentElement.tagName)) continue;
    const data = text.data;
    for (let i = 0; i < data.length && length < MAX_CHARS; i++) {
      const ch = fold(data[i]!);
      if (ch === ' ' && lastSpace) continue;
      lastSpace = ch === ' ';
      parts.push(ch);
      map.nodes.push(text);
      map.offsets.push(i);
      length++;
    }
  }
  map.folded = parts.join('');
  return map;
}

function foldString(s: string): string {
  let out = '';
  let lastSpace = true;
  for (const c of s) {
    const ch = fold(c);
    if (ch === ' ' && lastSpace) continue;
    lastSpace = ch === ' ';
    out += ch;
  }
  return out.trimEnd();
}

/** The Range of `sentence` inside `root`, or null when the page does not hold it verbatim. */
export function findSentence(map: TextMap, sentence: string, doc: Document): Range | null {
  const needle = foldString(sentence);
  if (!needle) return null;
  const at = map.folded.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const range = doc.createRange();
  range.setStart(map.nodes[at]!, map.offsets[at]!);
  range.setEnd(map.nodes[last]!, map.offsets[last]! + 1);
  return range;
}

/**
 * Locates each sentence in the given roots (the elements the extracted paragraphs came from),
 * trying the root where the previous sentence was found first, as sentences come in reading
 * order. Returns one Range or null per sentence.
 */
export function locateSentences(roots: readonly Element[], sentences: readonly string[]): (Range | null)[] {
  const maps = roots.map((r) => textMap(r));
  let from = 0;
  return sentences.map((s) => {
    for (let k = 0; k < maps.length; k++) {
      const i = (from + k) % maps.length;
      const range = findSentence(maps[i]!, s, roots[i]!.ownerDocument);
      if (range) {
        from = i;
        return range;
      }
    }
    return null;
  });
}
