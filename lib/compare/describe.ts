/**
 * The label of a discrepancy, in words a reader would use: "Number of North Korean troops",
 * "Day Steve King tweeted", "Day of the vote", "Place of the event (Richard Blumenthal)". Built
 * from what the reports share around the values (the counted noun, the act a day dates, the
 * role of a place, a name they all give), never from one report's value.
 */
import { DEMONYMS } from '../text/places';
import { termOf } from '../text/tokens';
import { pushTo } from './collections';
import type { EntityIndex } from './entities';
import type { Story } from './story';
import { actTerm, STATEMENT, type ValueMention } from './value-mentions';

/** Past forms that do not end in -ed: the act is a verb ("Day the senator said"). */
const IRREGULAR_PAST = new Set(
  'said told met spoke made took gave went came wrote held left won lost sent broke began ran saw found became brought kept struck fought hit put set cut quit read led rose fell sold bought paid threw drew chose flew'.split(
    ' ',
  ),
);
const isVerb = (w: string) => /ed$/.test(w) || IRREGULAR_PAST.has(w);

export function describe(story: Story, entities: EntityIndex, group: ValueMention[]): string {
  const kind = group[0]?.kind;
  const name = sharedName(story, entities, group);
  const tail = name ? ` (${name})` : '';
  if (kind === 'day') {
    const act = mostCommon(group.map((m) => m.act));
    if (!act) return `Day of the event${tail}`;
    const subject = subjectOf(story, entities, group, act);
    if (STATEMENT.has(act)) return `Day of the announcement${subject ? ` by ${subject}` : tail}`;
    if (!isVerb(act)) return `Day of the ${act}${tail}`;
    return subject ? `Day ${subject} ${act}` : `Day it was ${act}${tail}`;
  }
  if (kind === 'place') {
    const role = mostCommon(group.map((m) => (m.act && !isVerb(m.act) ? m.act : null)));
    return `Place of the ${role ?? 'event'}${tail}`;
  }
  const first = group[0];
  if (first?.key === '$') {
    const what = mostCommon(group.map((m) => m.what));
    return `Sum of money${what ? ` for ${what}` : ''}${tail}`;
  }
  if (first?.key === 'percent') return `Percentage${tail}`;
  const phrase = mostCommon(group.map((m) => m.phrase ?? m.noun)) ?? 'items';
  // "soldiers from North Korea", "North Korea deployed 12,000 troops": North Korean soldiers.
  const country = sharedCountry(entities, group);
  const demonym = country ? DEMONYM_OF.get(country) : undefined;
  if (demonym && !phrase.includes(demonym)) return `Number of ${demonym} ${phrase}${tail}`;
  return `Number of ${phrase}${tail}`;
}

/** The most frequent of the values (by comparable form), as first written; null if none. */
function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, { n: number; text: string }>();
  for (const v of values) {
    if (!v) continue;
    const k = actTerm(v);
    const c = counts.get(k) ?? { n: 0, text: v };
    c.n++;
    counts.set(k, c);
  }
  let best: { n: number; text: string } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.text ?? null;
}

const DEMONYM_OF = new Map<string, string>();
for (const [demonym, place] of DEMONYMS)
  if (!DEMONYM_OF.has(place))
    DEMONYM_OF.set(
      place,
      demonym.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()),
    );

/** A country named within the words around the values of two reports or more. */
function sharedCountry(entities: EntityIndex, group: ValueMention[]): string | null {
  const docsOf = new Map<string, Set<number>>();
  const byUid = new Map<number, ValueMention[]>();
  for (const m of group) pushTo(byUid, m.uid, m);
  for (const e of entities.mentions) {
    if (e.kind !== 'place') continue;
    const name = entities.names.get(e.key) ?? e.surface;
    if (!DEMONYM_OF.has(name)) continue;
    if (!(byUid.get(e.uid) ?? []).some((m) => m.context.has(termOf(e.surface.split(' ').pop() ?? '') ?? '')))
      continue;
    docsOf.set(name, (docsOf.get(name) ?? new Set()).add(e.doc));
  }
  let best: string | null = null;
  let n = 1;
  for (const [name, docs] of docsOf) if (docs.size > n) [best, n] = [name, docs.size];
  return best;
}

/** A person named around the values by two reports or more. */
function sharedName(story: Story, entities: EntityIndex, group: ValueMention[]): string | null {
  const uids = new Set(group.map((m) => m.uid));
  const docsOf = new Map<string, Set<number>>();
  const kindOf = new Map<string, string>();
  for (const e of entities.mentions) {
    if (!uids.has(e.uid) || e.kind === 'place') continue;
    docsOf.set(e.key, (docsOf.get(e.key) ?? new Set()).add(e.doc));
    kindOf.set(e.key, e.kind);
  }
  const shared = [...docsOf].filter(([, d]) => d.size >= 2).map(([k]) => k);
  const key = shared.find((k) => kindOf.get(k) === 'person');
  void story;
  return key ? (entities.names.get(key) ?? null) : null;
}

/** The person or organization right before the act in the sentences stating it. */
function subjectOf(story: Story, entities: EntityIndex, group: ValueMention[], act: string): string | null {
  const byUid = new Map<number, typeof entities.mentions>();
  for (const e of entities.mentions) if (e.kind !== 'place') pushTo(byUid, e.uid, e);
  const counts = new Map<string, number>();
  for (const m of group) {
    if (!m.act || actTerm(m.act) !== actTerm(act)) continue;
    const s = story.sentences[m.uid];
    const at = s?.words.findIndex((w, i) => i >= m.at - 4 && w.text === m.act) ?? -1;
    const actWord = at >= 0 ? s?.words[at] : undefined;
    if (!s || !actWord) continue;
    const before = (byUid.get(m.uid) ?? []).filter(
      (e) => e.end <= actWord.start && actWord.start - e.end <= 40,
    );
    const e = before[before.length - 1];
    if (e) counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best ? (entities.names.get(best) ?? null) : null;
}
