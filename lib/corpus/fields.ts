/**
 * Checks of one corpus article's fields. Messages name the field and say what was expected,
 * in words a reader of the file understands; unknown fields are ignored.
 */
import type { ArticleOrigin, Attribution, CorpusArticle } from '../types.ts';
import { deriveHeadline } from './headline.ts';

type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ATTRIBUTIONS: readonly Attribution[] = ['self-named', 'inferred', 'unknown'];
const ORIGINS: readonly ArticleOrigin[] = ['bundled', 'user', 'live', 'history'];

/** What a value is, for messages: "a number", "an array", "null". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** An ISO 8601 date or date-time (as corpus files give them) that names a real day. */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** An optional string field: absent, null or blank -> null; otherwise it must pass `test`. */
function optional(
  obj: Record<string, unknown>,
  field: string,
  expected: string,
  test = (_: string) => true,
): Checked<string | null> {
  const v = obj[field];
  if (v === undefined || v === null) return { ok: true, value: null };
  if (typeof v !== 'string')
    return { ok: false, problem: `field "${field}" must be ${expected} or null, got ${describe(v)}` };
  const s = v.trim();
  if (s === '') return { ok: true, value: null };
  return test(s)
    ? { ok: true, value: s }
    : { ok: false, problem: `field "${field}" must be ${expected} or null, got ${describe(v)}` };
}

function required(obj: Record<string, unknown>, field: string): Checked<string> {
  const v = obj[field];
  if (v === undefined) return { ok: false, problem: `missing field "${field}"` };
  if (typeof v !== 'string')
    return { ok: false, problem: `field "${field}" must be a string, got ${describe(v)}` };
  if (v.trim() === '') return { ok: false, problem: `field "${field}" is empty` };
  return { ok: true, value: v.trim() };
}

/**
 * Check one article. Problems carry no location; the caller adds it. A missing or empty
 * title is derived from the lead (and marked `titleDerived`) rather than refused.
 */
export function checkArticle(value: unknown): { article?: CorpusArticle; problems: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [`expected an article object, got ${describe(value)}`] };
  }
  const obj = value as Record<string, unknown>;
  const problems: string[] = [];
  const take = <T>(c: Checked<T>): T | undefined => (c.ok ? c.value : (problems.push(c.problem), undefined));

  const id = take(required(obj, 'id'));
  const text = take(required(obj, 'text'));
  const title = take(optional(obj, 'title', 'a string'));
  const outlet = take(optional(obj, 'outlet', 'a string'));
  const date = take(
    optional(
      obj,
      'date',
      'an ISO 8601 date (2025-04-08) or date-time (2025-04-08T10:30:00Z)',
      isValidIsoDate,
    ),
  );
  const url = take(optional(obj, 'url', 'an http(s) address', isHttpUrl));
  const lang = take(optional(obj, 'lang', 'a language tag such as "en" or "pt-BR"', (s) => LANG_TAG.test(s)));
  const byline = take(optional(obj, 'byline', 'a string'));
  const attribution = take(
    optional(obj, 'attribution', `one of ${ATTRIBUTIONS.join(', ')}`, (s) =>
      ATTRIBUTIONS.includes(s as Attribution),
    ),
  );
  const origin = take(
    optional(obj, 'origin', `one of ${ORIGINS.join(', ')}`, (s) => ORIGINS.includes(s as ArticleOrigin)),
  );
  const feed = take(optional(obj, 'feed', 'an http(s) address', isHttpUrl));
  const fetched = take(optional(obj, 'fetched', 'an ISO 8601 date-time', isValidIsoDate));
  const identicalTo = take(optional(obj, 'identicalTo', 'the id of another article'));
  const partial = obj.partial;
  if (partial !== undefined && partial !== null && typeof partial !== 'boolean') {
    problems.push(`field "partial" must be true, false or null, got ${describe(partial)}`);
  }
  if (id === undefined || text === undefined || problems.length > 0) return { problems };

  const normalizedText = text.normalize('NFC');
  const derived = title === null || title === undefined;
  // Key order as in assets/corpus.json, so a corpus round-trips byte for byte.
  const article: CorpusArticle = {
    id,
    title: derived ? deriveHeadline(normalizedText) : title.normalize('NFC'),
    titleDerived: derived || obj.titleDerived === true,
    text: normalizedText,
    outlet: outlet ?? null,
    ...(attribution ? { attribution: attribution as Attribution } : {}),
    date: date ?? null,
    byline: byline ?? null,
    url: url ?? null,
    lang: lang ?? null,
    ...(origin ? { origin: origin as ArticleOrigin } : {}),
    // Where live coverage and `feeds fetch` got it: kept only when present, so other corpora
    // round-trip unchanged.
    ...(feed ? { feed } : {}),
    ...(fetched ? { fetched } : {}),
    ...(partial === true ? { partial: true } : {}),
    ...(identicalTo ? { identicalTo } : {}),
  };
  return { article, problems };
}
