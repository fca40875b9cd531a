import type { CompareInput } from '../../lib/compare';

/** A report for the tests: id, outlet name = id, text. */
export function report(id: string, text: string, published: string | null = '2025-04-08'): CompareInput {
  return { id, outlet: id.toUpperCase(), headline: null, published, text };
}
