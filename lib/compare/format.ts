/**
 * A comparison as plain text a journalist can paste into notes: reports (with a letter each),
 * the shared core, other shared claims, details only one report gives, quotes and their
 * wordings, discrepancies, who and what each report names, and the words each one chose.
 */
import type { Comparison, Discrepancy, DiscrepancyStep } from './types';
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
  const outletName = (id: string) => name.get(id) ?? 'Unattributed outlet';
  for (const d of c.discrepancies) {
    const told = d.change === 'update' ? changeText(d) : sidesText(d, outletName);
    diffs.push(`- ${d.about}${told ? `: ${told}` : ''}`);
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

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * Where the outlets agree, in one line: "Latin Times says Monday; 3 others say Tuesday",
 * "Fox News says Norfolk; New York Times says Norwalk". The largest side, when it has three
 * outlets or more, is counted rather than named. Empty when the sides are unknown.
 */
export function sidesText(d: Discrepancy, nameOf: (id: string) => string): string {
  const sides = d.sides ?? [];
  if (sides.length < 2) return '';
  const largest = sides.reduce((m, s) => (s.ids.length > m.ids.length ? s : m));
  const counted =
    largest.ids.length >= 3 && sides.every((s) => s === largest || s.ids.length < largest.ids.length);
  const parts = sides
    .filter((s) => !counted || s !== largest)
    .map((s) => `${joinNames(s.ids.map(nameOf))} ${s.ids.length === 1 ? 'says' : 'say'} ${s.value}`);
  if (counted) parts.push(`${largest.ids.length} others say ${largest.value}`);
  return parts.join('; ');
}

/** "14:00" when the time is known, "July 4" when only the day is, "July 4, 14:00" across days. */
function whenText(iso: string, sameDay: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const months =
    'January February March April May June July August September October November December'.split(' ');
  const day = `${months[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}`;
  if (!m[4]) return day;
  return sameDay ? m[4] : `${day}, ${m[4]}`;
}

/**
 * A figure that changed over time, in time order: "2 at first, 3 in later reports, from
 * 14:00"; with more steps, "2 at first, then 3 from 14:00, then 5 from 16:30".
 */
export function changeText(d: Discrepancy): string {
  const steps: DiscrepancyStep[] = d.timeline ?? [];
  const [first, ...rest] = steps;
  if (!first || rest.length === 0) return '';
  const sameDay = steps.every((s) => s.from.slice(0, 10) === first.from.slice(0, 10));
  const last = rest[rest.length - 1];
  if (rest.length === 1 && last)
    return `${first.value} at first, ${last.value} in later reports, from ${whenText(last.from, sameDay)}`;
  return [
    `${first.value} at first`,
    ...rest.map((s) => `then ${s.value} from ${whenText(s.from, sameDay)}`),
  ].join(', ');
}
