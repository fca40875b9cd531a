/**
 * Objects keyed by article id (the comparison's `unique` and `framing`, the side panel's
 * sentences). They cross messages and `--json` as plain objects, so they cannot be Maps; an id
 * is any string a corpus holds, "__proto__", "constructor" and "toString" included. So they are
 * made without a prototype (an assignment to "__proto__" is then an ordinary key) and read only
 * through own properties (a plain object from a message would otherwise answer "toString" with
 * a function and "__proto__" with Object.prototype).
 */

/** An empty object keyed by id, without a prototype. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The value for `id`, if `record` has one of its own. */
export function ofId<T>(record: Readonly<Record<string, T>> | null | undefined, id: string): T | undefined {
  return record != null && Object.hasOwn(record, id) ? record[id] : undefined;
}
