/**
 * What a comparison of the reports of one story produces. The CLI prints it as `comparison`
 * in `compare --json`; the field names of the contract never change (fields may be added).
 */

/** One report to compare; `id` is the corpus article id, "page" for the page being read. */
export interface CompareInput {
  id: string;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  text: string;
}

export interface CompareOptions {
  /** The id of the input that is the page being read: its sentences get `page` support. */
  pageId?: string;
}

export interface OutletSummary {
  id: string;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  wordCount: number;
}

export interface SentenceRef {
  id: string;
  text: string;
}

/** A statement carried by two or more outlets. */
export interface Claim {
  /** The most representative wording. */
  text: string;
  outlets: string[];
  sentences: SentenceRef[];
  /** Carried by most outlets (more than half): the shared core of the story. */
  core: boolean;
}

export interface UniqueDetail {
  text: string;
}

/** A quoted statement and the ways each outlet words it. */
export interface QuoteGroup {
  speaker: string | null;
  outlets: string[];
  variants: SentenceRef[];
}

export type DiscrepancyKind = 'count' | 'day' | 'place' | 'title' | 'name';

export interface DiscrepancyValue {
  id: string;
  value: string;
  /** The sentence that states the value. */
  text: string;
}

/** One value of a discrepancy and the outlets that state it (values that can both be right are one). */
export interface DiscrepancySide {
  value: string;
  ids: string[];
}

/** A step of a figure that changed over time: its value from the first report stating it. */
export interface DiscrepancyStep extends DiscrepancySide {
  /** Publication time of the first report stating it. */
  from: string;
}

/** Outlets stating different values for the same thing. */
export interface Discrepancy {
  /** What the values are of, in words: "Number of women", "Day of the announcement". */
  about: string;
  kind: DiscrepancyKind;
  values: DiscrepancyValue[];
  /** Where outlets agree: each distinct value and who states it, in order of first statement. */
  sides?: DiscrepancySide[];
  /**
   * "update" when the reports' times are known and the figure changed in time order (each
   * report states one value, later reports a later one); "disagreement" otherwise.
   */
  change?: 'disagreement' | 'update';
  /** For an update: the values in time order. */
  timeline?: DiscrepancyStep[];
  /**
   * The discrepancy in one line: where outlets agree ("Latin Times says Monday; 3 others say
   * Tuesday"), or for an update the values in time order ("2 at first, 3 in later reports,
   * from 14:00").
   */
  summary?: string;
}

export type EntityKind = 'person' | 'place' | 'organization';

export interface EntityRow {
  name: string;
  kind: EntityKind;
  outlets: string[];
}

/** A word that characterizes one outlet's telling against the others. */
export interface FramingTerm {
  term: string;
  count: number;
  /** Log-odds z-score against the other outlets (higher = more distinctive). */
  z: number;
}

export interface PageSentence {
  text: string;
  /** Ids of the OTHER outlets that carry this sentence's claim. */
  support: string[];
}

export interface Comparison {
  outlets: OutletSummary[];
  claims: Claim[];
  unique: Record<string, UniqueDetail[]>;
  quotes: QuoteGroup[];
  discrepancies: Discrepancy[];
  entities: EntityRow[];
  page: PageSentence[];
  /** Distinctive terms per outlet id. */
  framing: Record<string, FramingTerm[]>;
}
