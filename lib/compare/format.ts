/**
 * A comparison as plain text a journalist can paste into notes: reports (with a letter each),
 * the shared core, other shared claims, details only one report gives, quotes and their
 * wordings, discrepancies, who and what each report names, and the words each one chose.
 */
import type { Comparison } from './types';
import { ofId } from '../by-id.ts';

const wrap = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function formatComparisonText(c: Comparison): string {
  const letter = new Map(
    c.outlets.map((o, i) => [
      o.id,
      String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : ''),
    ]),
  );
  // Never the id in place of a name: an unknown outlet is said to be unknown.
  const name = new Map(
    c.outlets.map((o) => [o.id, o.outlet ?? (o.id === 'page' ? 'This page' : 'Unattributed outlet')]),
  );
  const tag = (ids: string[]) => `[${ids.map((id) => letter.get(id) ?? id).join(' ')}]`;
  const out: string[] = [`COMPARISON OF ${c.outlets.length} REPORTS`, ''];
  for (const o of c.outlets) {
    const meta = [o.published, `${o.wordCount} words`].filter(Boolean).join(', ');
    out.push(`${letter.get(o.id)}  ${name.get(o.id)}${o.headline ? ` — “${o.headline}”` : ''} (${meta})`);
  }
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push('', title.toUpperCase(), ...lines);
  };
  section(
    'Shared core (carried by most)',
    c.claims.filter((k) => k.core).map((k) => `- ${wrap(k.text)} ${tag(k.outlets)}`),
  );
  section(
    'Also shared',
    c.claims.filter((k) => !k.core).map((k) => `- ${wrap(k.text)} ${tag(k.outlets)}`),
  );
  const unique: string[] = [];
  for (const o of c.outlets) {
    const list = ofId(c.unique, o.id) ?? [];
    if (list.length === 0) continue;
    unique.push(`${letter.get(o.id)} ${name.get(o.id)}:`, ...list.map((u) => `  - ${wrap(u.text)}`));
  }
  section('Only in one report', unique);
  const quotes: string[] = [];
  for (const q of c.quotes) {
    quotes.push(`- ${q.speaker ?? 'unattributed'} ${tag(q.outlets)}`);
    for (const v of q.variants) quotes.push(`    ${letter.get(v.id)}: “${wrap(v.text, 200)}”`);
  }
  section('Quotes', quotes);
  const diffs: string[] = [];
  for (const d of c.discrepancies) {
    diffs.push(`- ${d.about}`);
    for (const v of d.values)
      diffs.push(`    ${letter.get(v.id)} ${name.get(v.id)}: ${v.value} — “${wrap(v.text, 140)}”`);
  }
  section('Discrepancies', diffs);
  section(
    'Who and what',
    c.entities.map((e) => `- ${e.name} (${e.kind}) ${tag(e.outlets)}`),
  );
  section(
    'Words each report chose',
    c.outlets
      .filter((o) => (ofId(c.framing, o.id) ?? []).length > 0)
      .map(
        (o) =>
          `${letter.get(o.id)} ${name.get(o.id)}: ${(ofId(c.framing, o.id) ?? []).map((t) => t.term).join(', ')}`,
      ),
  );
  return `${out.join('\n')}\n`;
}
