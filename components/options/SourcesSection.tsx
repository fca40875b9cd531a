import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { RefreshProgress } from '@/lib/live/refresh';
import type { LiveStatus, OutletView } from '@/lib/protocol';
import { FollowFlowLine } from '../FollowOffer';
import { feedErrorWords, type FollowFlow } from '../follow-state';
import { formatAge, formatUntil, languageName } from '../format';
import { strings } from '../strings';
import { NoticeLine, type Notice } from './notice';

const t = strings.options.sources;

export interface SourcesSectionProps {
  status: LiveStatus | null;
  unavailable: string | null;
  progress: RefreshProgress | null;
  notice: Notice | null;
  follow: FollowFlow;
  onFollow: (url: string) => void;
  onAllow: () => void;
  onUnfollow: (outletId: string) => void;
  onRename: (outletId: string, name: string) => void;
  onRefresh: () => void;
  /** Epoch ms, for ages (tests). */
  now?: number;
  children?: ComponentChildren;
}

/** The outlets the reader follows, Refresh now with its progress, and following by address. */
export function SourcesSection(props: SourcesSectionProps) {
  const { status, unavailable, progress, now } = props;
  return (
    <section class="options-section" id="sources" aria-labelledby="sources-title" data-testid="sources">
      <h2 id="sources-title">{t.title}</h2>
      <p class="hint">{t.intro}</p>
      {/* One stable box: what changes inside never remounts the parts below (an open log). */}
      <div class="sources-status">
        {unavailable ? (
          <p class="notice notice-error" role="alert" data-testid="sources-unavailable">
            {unavailable}
          </p>
        ) : status === null ? (
          <p class="hint">{t.loading}</p>
        ) : (
          <>
            {status.error ? (
              <p class="notice notice-error" role="alert" data-testid="live-error">
                {strings.liveStorage[status.error]}
              </p>
            ) : null}
            {status.outlets.length === 0 ? (
              <p data-testid="no-outlets">{t.none}</p>
            ) : (
              <ul class="outlets" aria-label={t.listLabel}>
                {status.outlets.map((view) => (
                  <OutletRow
                    key={view.outlet.id}
                    view={view}
                    now={now}
                    onUnfollow={props.onUnfollow}
                    onRename={props.onRename}
                  />
                ))}
              </ul>
            )}
            <RefreshBar status={status} progress={progress} onRefresh={props.onRefresh} now={now} />
          </>
        )}
      </div>
      <NoticeLine notice={props.notice} testId="sources-notice" />
      <FollowForm flow={props.follow} onFollow={props.onFollow} onAllow={props.onAllow} />
      {props.children}
    </section>
  );
}

function RefreshBar({
  status,
  progress,
  onRefresh,
  now,
}: {
  status: LiveStatus;
  progress: RefreshProgress | null;
  onRefresh: () => void;
  now?: number;
}) {
  const text = progress ? t.refreshing(progress.done, progress.total) : null;
  return (
    <div class="refresh row" data-testid="refresh">
      <button
        type="button"
        class="secondary"
        onClick={onRefresh}
        disabled={progress !== null || status.outlets.length === 0}
        data-testid="refresh-now"
      >
        {t.refreshNow}
      </button>
      {progress && text ? (
        <>
          {progress.total > 0 ? (
            <progress
              max={progress.total}
              value={progress.done}
              aria-label={t.refreshProgressLabel}
              aria-valuetext={text}
            />
          ) : (
            <progress aria-label={t.refreshProgressLabel} aria-valuetext={text} />
          )}
          <span class="progress-text" data-testid="refresh-progress">
            {text}
          </span>
        </>
      ) : (
        <>
          <span class="hint" data-testid="last-refresh">
            {status.lastRefreshAt !== null
              ? t.lastRefresh(formatAge(status.lastRefreshAt, now))
              : t.noRefreshYet}
          </span>
          {status.outlets.length > 0 ? (
            <span class="hint" data-testid="next-refresh">
              {status.nextRefreshAt !== null
                ? t.nextRefresh(formatUntil(status.nextRefreshAt, now))
                : t.manualOnly}
            </span>
          ) : null}
        </>
      )}
    </div>
  );
}

function OutletRow({
  view,
  now,
  onUnfollow,
  onRename,
}: {
  view: OutletView;
  now?: number;
  onUnfollow: (id: string) => void;
  onRename: (id: string, name: string) => void;
}) {
  const { outlet, status, articles } = view;
  const [name, setName] = useState(outlet.name);
  const inputId = `outlet-name-${outlet.id}`;
  return (
    <li class="card outlet-row" data-testid="outlet">
      <form
        class="row outlet-name"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() !== outlet.name) onRename(outlet.id, name);
        }}
      >
        <label class="sr-only" for={inputId}>
          {t.nameLabel(outlet.name)}
        </label>
        <input
          id={inputId}
          type="text"
          value={name}
          maxLength={200}
          onInput={(e) => setName(e.currentTarget.value)}
          data-testid="outlet-name"
        />
        <button type="submit" class="secondary">
          {t.saveName}
        </button>
        <button
          type="button"
          class="danger"
          aria-label={t.unfollowLabel(outlet.name)}
          onClick={() => onUnfollow(outlet.id)}
          data-testid="unfollow"
        >
          {t.unfollow}
        </button>
      </form>
      <div class="meta">
        <span>{outlet.lang ? t.language(languageName(outlet.lang)) : t.languageUnknown}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="outlet-articles">{t.articles(articles)}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="outlet-refreshed">
          {status.lastRefreshAt !== null
            ? t.refreshedAgo(formatAge(status.lastRefreshAt, now))
            : t.neverRefreshed}
        </span>
      </div>
      <div class="feeds">
        <span>{t.feedsLabel}</span>
        <ul class="plain-list">
          {outlet.feeds.map((f) => (
            <li key={f} class="feed-url">
              {f}
            </li>
          ))}
        </ul>
      </div>
      {status.failing.map((f) => (
        <p key={f.feed} class="outlet-error" role="note" data-testid="outlet-error">
          {outlet.feeds.length > 1 ? `${t.failingFeed(f.feed)} ` : ''}
          {t.failing(feedErrorWords(f.code), f.status, f.since !== null ? formatAge(f.since, now) : null)}
          {f.retryAt !== null && (now ?? Date.now()) < f.retryAt
            ? ` ${t.retryAt(formatUntil(f.retryAt, now))}`
            : ''}
        </p>
      ))}
    </li>
  );
}

/** Follow by a feed or site address: the click asks for its origin first (utils/permissions.ts). */
function FollowForm({
  flow,
  onFollow,
  onAllow,
}: {
  flow: FollowFlow;
  onFollow: (url: string) => void;
  onAllow: () => void;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      class="follow-form"
      data-testid="follow-form"
      onSubmit={(e) => {
        e.preventDefault();
        onFollow(value);
      }}
    >
      <h3 id="follow-title">{t.followTitle}</h3>
      <label for="follow-url">{t.followLabel}</label>
      <div class="row">
        <input
          id="follow-url"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-describedby="follow-hint"
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button
          type="submit"
          class="secondary"
          disabled={flow.kind === 'working'}
          data-testid="follow-submit"
        >
          {t.followButton}
        </button>
      </div>
      <p class="hint" id="follow-hint">
        {t.followHint}
      </p>
      <div class="follow">
        <FollowFlowLine flow={flow} onAllow={onAllow} />
      </div>
    </form>
  );
}
