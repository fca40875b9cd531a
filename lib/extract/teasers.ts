/**
 * The layout of a page that lists articles: linked headlines, each followed by a short summary,
 * and no run of paragraphs that reads on. Fed in document order by the probe's walk.
 */

/** Paragraphs shorter than this are neither summaries nor body text (captions, datelines). */
const MIN_PARAGRAPH = 80;
const MIN_TEASERS = 5;
const MAX_TEASER_RUN = 2;
const MIN_TEASER_SHARE = 0.6;
const MAX_BODY_RUN = 2;

export class TeaserLayout {
  /** Linked headings followed by at least one paragraph. */
  teasers = 0;
  /** Paragraphs under a linked heading, and paragraphs in all. */
  teaserParagraphs = 0;
  paragraphs = 0;
  /** The most paragraphs one linked heading heads, and one unlinked heading (or none). */
  maxTeaserRun = 0;
  maxBodyRun = 0;
  private run = 0;
  private linked = false;

  heading(linked: boolean): void {
    this.linked = linked;
    this.run = 0;
  }

  paragraph(length: number): void {
    if (length < MIN_PARAGRAPH) return;
    this.paragraphs++;
    this.run++;
    if (!this.linked) {
      this.maxBodyRun = Math.max(this.maxBodyRun, this.run);
      return;
    }
    this.teaserParagraphs++;
    if (this.run === 1) this.teasers++;
    this.maxTeaserRun = Math.max(this.maxTeaserRun, this.run);
  }

  /**
   * Many teasers, none reading on, most paragraphs being summaries, and no article body
   * anywhere. An article whose headline links to itself has one linked heading followed by
   * its many paragraphs: not a listing.
   */
  looksLikeListing(): boolean {
    return (
      this.teasers >= MIN_TEASERS &&
      this.maxTeaserRun <= MAX_TEASER_RUN &&
      this.teaserParagraphs >= MIN_TEASER_SHARE * this.paragraphs &&
      this.maxBodyRun <= MAX_BODY_RUN
    );
  }
}
