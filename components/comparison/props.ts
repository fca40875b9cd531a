import type { Comparison } from '@/lib/compare/types';
import type { OnLocate } from './Locate';

/** What every section of the comparison view takes. */
export interface SectionProps {
  comparison: Comparison;
  /** The id of the page being read among `comparison.outlets` ("page" by default). */
  pageId?: string;
  /** Asks the shell to scroll the page to this sentence of the page and flash it. */
  onLocate: OnLocate;
}
