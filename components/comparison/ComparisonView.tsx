import type { Comparison } from '@/lib/compare/types';
import { strings } from '../strings';
import { Differences } from './Differences';
import { Entities } from './Entities';
import { Headlines } from './Headlines';
import type { OnLocate } from './Locate';
import { OnlyHere } from './OnlyHere';
import { Overview } from './Overview';
import { Quotes } from './Quotes';
import { SideBySide } from './SideBySide';
import { Tabs, type TabDef } from './Tabs';

export type ComparisonSection =
  'overview' | 'unique' | 'differences' | 'quotes' | 'entities' | 'headlines' | 'sideBySide';

export type { TabDef };

export interface ComparisonViewProps {
  comparison: Comparison;
  /** The id of the page being read among `comparison.outlets`. */
  pageId?: string;
  /** Scroll the page to this sentence and flash it. */
  onLocate: OnLocate;
  /** Each outlet's sentences in reading order (optional; improves the side-by-side view). */
  sentences?: Readonly<Record<string, readonly string[]>>;
  /** The section open first; "overview" by default. */
  initialSection?: ComparisonSection;
  /** The open section, when the shell decides it (links from its summary), with onSection. */
  section?: string;
  onSection?: (key: string) => void;
  /** More sections of the shell's own, after the comparison's (the side panel's reports). */
  more?: TabDef[];
}

/** The sidebar's comparison of the reports of one story, one tab per way of looking at it. */
export function ComparisonView({
  comparison,
  pageId = 'page',
  onLocate,
  sentences,
  initialSection,
  section,
  onSection,
  more = [],
}: ComparisonViewProps) {
  const props = { comparison, pageId, onLocate };
  const label = strings.comparison.tabs;
  const tabs: TabDef[] = [
    { key: 'overview', label: label.overview, render: () => <Overview {...props} /> },
    { key: 'unique', label: label.unique, render: () => <OnlyHere {...props} /> },
    { key: 'differences', label: label.differences, render: () => <Differences {...props} /> },
    { key: 'quotes', label: label.quotes, render: () => <Quotes {...props} /> },
    { key: 'entities', label: label.entities, render: () => <Entities {...props} /> },
    { key: 'headlines', label: label.headlines, render: () => <Headlines {...props} /> },
    {
      key: 'sideBySide',
      label: label.sideBySide,
      render: () => <SideBySide {...props} sentences={sentences} />,
    },
    ...more,
  ];
  return (
    <section class="cmp" data-testid="comparison">
      <Tabs
        tabs={tabs}
        label={strings.comparison.tabsLabel}
        initial={initialSection}
        selected={section}
        onSelect={onSection}
      />
    </section>
  );
}
