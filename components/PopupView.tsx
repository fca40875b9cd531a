import type { SelfArticle, TabState } from '@/lib/protocol';
import { sameStory } from '@/lib/story';
import { FollowOffer, type FollowOfferProps } from './FollowOffer';
import { languageName } from './format';
import { MatchItem } from './MatchItem';
import { strings } from './strings';

export interface PopupViewProps {
  /** null while the background has not answered yet. */
  state: TabState | null;
  onOpenSidebar: () => void;
  sidebarError?: string | null;
  /** What is special about this article, e.g. "2 details no other outlet reports". */
  summary?: string | null;
  /** Highlights on this site: current value and a toggle (absent: no toggle shown). */
  highlights?: { on: boolean; onToggle: () => void } | null;
  onAddToCorpus?: (() => void) | null;
  /** The outcome of the last "add to corpus". */
  corpusMessage?: string | null;
  onOpenOptions?: (() => void) | null;
  /** "Follow <outlet>" when the page declares a feed (absent: nothing shown). */
  follow?: FollowOfferProps | null;
  /** "Keep the articles I read": current value and a toggle (absent: not shown). */
  keepReading?: { on: boolean; onToggle: () => void } | null;
  /** Opens the options page at Sources (the outlets followed). */
  onOpenSources?: (() => void) | null;
}

function Message({ title, body, tone = 'info' }: { title: string; body: string; tone?: 'info' | 'error' }) {
  return (
    <section class={`message message-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      <p>{body}</p>
    </section>
  );
}

/** Where the article the page is came from, in words (null: the page is no corpus article). */
function SelfNote({ selfId, self }: { selfId: string | null; self?: SelfArticle | null }) {
  if (!selfId) return null;
  const t = strings.thisArticle;
  const text = !self
    ? t.known
    : self.origin === 'live'
      ? t.live(self.outlet)
      : self.origin === 'user'
        ? t.user
        : self.origin === 'history'
          ? t.history
          : t.bundled;
  return (
    <p class="self" data-testid="self">
      {text}
    </p>
  );
}

/** The toolbar popup: one distinct view per state, in a box of fixed width that never jumps. */
export function PopupView({ state, onOpenSidebar, sidebarError, ...rest }: PopupViewProps) {
  return (
    <main class="popup" data-state={state?.kind ?? 'loading'}>
      <header class="brand">
        <span class="logo" aria-hidden="true">
          ∥
        </span>
        {strings.appName}
      </header>
      <PopupBody state={state} onOpenSidebar={onOpenSidebar} sidebarError={sidebarError ?? null} {...rest} />
      {rest.follow ? <FollowOffer {...rest.follow} /> : null}
      <Footer {...rest} state={state} />
    </main>
  );
}

function PopupBody({ state, onOpenSidebar, sidebarError, summary, highlights }: PopupViewProps) {
  if (state === null) return <Message title={strings.loading} body="" />;
  switch (state.kind) {
    case 'idle':
      return <Message title={strings.idleTitle} body={strings.idleBody} />;
    case 'working':
      return <Message title={strings.working} body={state.page.title ?? ''} />;
    case 'not-article':
      return (
        <section class="message" role="status">
          <h2>{strings.notArticleTitle}</h2>
          <p>{strings.notArticleBody}</p>
          {state.reason ? (
            <p class="reason">
              {strings.whyLabel} {state.reason}
            </p>
          ) : null}
        </section>
      );
    case 'unsupported-language':
      return (
        <Message
          title={strings.unsupportedTitle}
          body={strings.unsupportedBody(state.lang ? languageName(state.lang) : null)}
        />
      );
    case 'error':
      return (
        <section class="message message-error" role="alert">
          <h2>{strings.errorTitle}</h2>
          <p>{strings.errorBody}</p>
          <p class="reason">
            {strings.errorDetail} {state.message}
          </p>
        </section>
      );
    case 'no-coverage':
      return (
        <>
          <h1 class="story-title">{state.page.title}</h1>
          <section class="message" role="status">
            <h2>{strings.noCoverageTitle}</h2>
            <p>{strings.noCoverageBody}</p>
            <p class="hint">{strings.noCoverageHint}</p>
          </section>
          {/* A report of another story is noise: only a related one (another development) is shown. */}
          {state.best?.verdict === 'related' ? (
            <div class="closest" data-testid="related">
              <p class="label">{strings.relatedLabel}</p>
              <ul class="matches">
                <MatchItem match={state.best} />
              </ul>
            </div>
          ) : null}
          <SelfNote selfId={state.selfId} self={state.self} />
        </>
      );
    case 'matched': {
      const same = sameStory(state.matches);
      return (
        <>
          <h1 class="story-title">{state.page.title}</h1>
          <p class="summary" data-testid="summary">
            {strings.matchedCount(state.sameStoryCount)}
          </p>
          <p class="special" data-testid="special">
            {summary ?? '\u00a0'}
          </p>
          <ul class="matches" aria-label={strings.otherReports}>
            {same.map((m) => (
              <MatchItem key={m.id} match={m} />
            ))}
          </ul>
          <SelfNote selfId={state.selfId} self={state.self} />
          <div class="actions">
            <button type="button" class="primary" onClick={onOpenSidebar} data-testid="open-sidebar">
              {strings.openSidebar}
            </button>
            {highlights ? (
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={highlights.on}
                  onChange={highlights.onToggle}
                  data-testid="highlights-toggle"
                />
                {strings.popupExtra.highlightsOnSite}
              </label>
            ) : null}
            {sidebarError ? (
              <p class="reason" role="alert">
                {sidebarError}
              </p>
            ) : null}
          </div>
        </>
      );
    }
  }
}

/**
 * Actions available on any article: add it to the reader's corpus; keep what I read; the
 * outlets followed; the settings.
 */
function Footer({
  state,
  onAddToCorpus,
  corpusMessage,
  onOpenOptions,
  keepReading,
  onOpenSources,
}: Omit<PopupViewProps, 'onOpenSidebar'>) {
  const canAdd =
    state !== null && (state.kind === 'matched' || state.kind === 'no-coverage') && !state.selfId;
  if (!onOpenOptions && !onOpenSources && !keepReading && !(canAdd && onAddToCorpus)) return null;
  return (
    <footer class="footer">
      {keepReading ? (
        <label class="switch keep-reading">
          <input
            type="checkbox"
            role="switch"
            checked={keepReading.on}
            onChange={keepReading.onToggle}
            data-testid="keep-reading"
          />
          {strings.popupExtra.keepReading}
        </label>
      ) : null}
      {canAdd && onAddToCorpus ? (
        <button type="button" class="link" onClick={onAddToCorpus} data-testid="add-to-corpus">
          {strings.popupExtra.addToCorpus}
        </button>
      ) : null}
      {onOpenSources ? (
        <button type="button" class="link" onClick={onOpenSources} data-testid="open-sources">
          {strings.popupExtra.sources}
        </button>
      ) : null}
      {onOpenOptions ? (
        <button type="button" class="link" onClick={onOpenOptions} data-testid="open-options">
          {strings.popupExtra.options}
        </button>
      ) : null}
      {corpusMessage ? (
        <p class="reason" role="status" data-testid="corpus-message">
          {corpusMessage}
        </p>
      ) : null}
    </footer>
  );
}
