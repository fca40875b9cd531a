/**
 * Word-level differences between two wordings of one statement, for the side-by-side view.
 * Tokens are words (numbers like "1,200" stay whole), runs of whitespace and single
 * punctuation marks, so joining the `same` and `del` parts gives back `a` exactly, and the
 * `same` and `add` parts give back `b`. Myers' O(ND) algorithm with bounded work: past
 * MAX_TOKENS tokens or MAX_EDITS edits the sentence is reported as replaced whole.
 */

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
  const ta = tokenize(a);
  const tb = tokenize(b);
  let pre = 0;
  while (pre < ta.length && pre < tb.length && ta[pre] === tb[pre]) pre++;
  let suf = 0;
  while (
    suf < ta.length - pre &&
    suf < tb.length - pre &&
    ta[ta.length - 1 - suf] === tb[tb.length - 1 - suf]
  ) {
    suf++;
  }
  const midA = ta.slice(pre, ta.length - suf);
  const midB = tb.slice(pre, tb.length - suf);
  const middle = midA.length > MAX_TOKENS || midB.length > MAX_TOKENS ? null : myers(midA, midB, MAX_EDITS);
  const ops: DiffPart[] = [];
  if (pre > 0) ops.push({ op: 'same', text: ta.slice(0, pre).join('') });
  if (middle) ops.push(...middle);
  else ops.push({ op: 'del', text: midA.join('') }, { op: 'add', text: midB.join('') });
  if (suf > 0) ops.push({ op: 'same', text: ta.slice(ta.length - suf).join('') });
  return tidy(ops);
}

/** Token-level edit script, or null when it needs more than `maxEdits` edits. */
function myers(a: string[], b: string[], maxEdits: number): DiffPart[] | null {
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
function backtrack(a: string[], b: string[], trace: Int32Array[], dEnd: number): DiffPart[] {
  const out: DiffPart[] = [];
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
    while (x > prevX && y > prevY) {
      y--;
      out.push({ op: 'same', text: a[--x] ?? '' });
    }
    if (down) out.push({ op: 'add', text: b[--y] ?? '' });
    else out.push({ op: 'del', text: a[--x] ?? '' });
  }
  while (x > 0 && y > 0) {
    y--;
    out.push({ op: 'same', text: a[--x] ?? '' });
  }
  return out.reverse();
}

type Block = { same: string } | { del: string; add: string };

/**
 * Readable output, as in diff-match-patch's semantic cleanup: a stretch of shared text no
 * longer than the changes on both sides of it is folded into them (so "a b" -> "c d", or a
 * lone shared "the" in a rewritten sentence, reads as one replacement), each block of changes
 * lists its deletions before its additions, and neighbouring parts of one kind are merged.
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
  const size = (b: Block | undefined) => (b && 'del' in b ? Math.max(b.del.length, b.add.length) : 0);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 1; i + 1 < blocks.length; i++) {
      const mid = blocks[i];
      const before = blocks[i - 1];
      const after = blocks[i + 1];
      if (!mid || !('same' in mid) || !before || !('del' in before) || !after || !('del' in after)) continue;
      if (mid.same.length > size(before) || mid.same.length > size(after)) continue;
      blocks.splice(i - 1, 3, {
        del: before.del + mid.same + after.del,
        add: before.add + mid.same + after.add,
      });
      changed = true;
    }
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
