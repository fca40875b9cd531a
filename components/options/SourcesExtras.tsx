import type { OpmlFeed } from '@/lib/feeds/opml';
import type { RequestRecord } from '@/lib/feeds/types';
import type { LiveStatus } from '@/lib/protocol';
import { FollowFlowLine } from '../FollowOffer';
import type { FollowFlow } from '../follow-state';
import { formatTime, languageName } from '../format';
import { strings } from '../strings';

const t = strings.options.sources;

/** A starter outlet (assets/outlets.json): every address from a public list, named in `source`. */
export interface StarterEntry {
  name: string;
  site: string;
  feeds: string[];
  lang: string;
  region: string;
  source: string;
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin.replace('://www.', '://');
  } catch {
    return url;
  }
};

/** True when a followed outlet has this entry's feed or site. */
export function isFollowed(entry: StarterEntry, status: LiveStatus | null): boolean {
  if (!status) return false;
  const site = originOf(entry.site);
  return status.outlets.some(
    ({ outlet }) =>
      outlet.feeds.some((f) => entry.feeds.includes(f)) ||
      (outlet.siteUrl !== null && originOf(outlet.siteUrl) === site),
  );
}

export function StarterList({
  entries,
  status,
  starter,
  onFollow,
  onAllow,
}: {
  entries: readonly StarterEntry[];
  status: LiveStatus | null;
  starter: { site: string; flow: FollowFlow } | null;
  onFollow: (entry: StarterEntry) => void;
  onAllow: () => void;
}) {
  return (
    <details class="starter" data-testid="starter">
      <summary>{t.starterTitle(entries.length)}</summary>
      <p class="hint">{t.starterHint}</p>
      <ul class="plain-list starter-list">
        {entries.map((e) => {
          const followed = isFollowed(e, status);
          const flow = starter?.site === e.site ? starter.flow : null;
          return (
            <li key={e.site} class="starter-entry" data-testid="starter-entry">
              <div class="row">
                <span class="starter-name">{e.name}</span>
                <span class="hint">{t.starterMeta(e.region, languageName(e.lang))}</span>
                <a href={e.source} target="_blank" rel="noopener noreferrer" class="hint">
                  {t.starterSource}
                </a>
                {followed ? (
                  <span class="following">{t.starterFollowing}</span>
                ) : (
                  <button
                    type="button"
                    class="secondary"
                    disabled={flow?.kind === 'working'}
                    onClick={() => onFollow(e)}
                    data-testid="starter-follow"
                  >
                    {t.starterFollow(e.name)}
                  </button>
                )}
              </div>
              {flow ? (
                <div class="follow">
                  <FollowFlowLine flow={flow} onAllow={onAllow} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export type OpmlPanelState =
  | { kind: 'idle' }
  | { kind: 'ready'; fileName: string; feeds: OpmlFeed[]; skipped: number }
  | { kind: 'working'; fileName: string }
  | { kind: 'done'; ok: boolean; text: string };

export function OpmlPanel({
  state,
  canExport,
  onFile,
  onImport,
  onExport,
}: {
  state: OpmlPanelState;
  canExport: boolean;
  onFile: (file: File) => void;
  onImport: () => void;
  onExport: () => void;
}) {
  const o = t.opml;
  return (
    <div class="opml" data-testid="opml">
      <h3>{o.title}</h3>
      <p class="hint" id="opml-hint">
        {o.hint}
      </p>
      <label class="file-label" for="opml-file">
        {o.fileLabel}
      </label>
      <input
        id="opml-file"
        type="file"
        accept=".opml,.xml,text/x-opml,application/xml,text/xml"
        aria-describedby="opml-hint"
        disabled={state.kind === 'working'}
        data-testid="opml-file"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
      {state.kind === 'ready' ? (
        <div class="row">
          <span>{o.ready(state.feeds.length, state.fileName)}</span>
          {/* The click asks for the feeds' origins, then follows them. */}
          <button type="button" class="primary" onClick={onImport} data-testid="opml-follow">
            {o.follow(state.feeds.length)}
          </button>
        </div>
      ) : null}
      <p class="notice" role="status" data-testid="opml-status">
        {state.kind === 'working'
          ? o.working(state.fileName)
          : state.kind === 'done' && state.ok
            ? state.text
            : ''}
      </p>
      <p class="notice notice-error" role="alert" data-testid="opml-error">
        {state.kind === 'done' && !state.ok ? state.text : ''}
      </p>
      <button
        type="button"
        class="secondary"
        onClick={onExport}
        disabled={!canExport}
        data-testid="opml-export"
      >
        {o.export}
      </button>
    </div>
  );
}

export function RequestLog({
  requests,
  onOpen,
}: {
  requests: readonly RequestRecord[] | null;
  onOpen: () => void;
}) {
  const c = t.logColumns;
  return (
    <details
      class="request-log"
      data-testid="request-log"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) onOpen();
      }}
    >
      <summary>
        {t.logTitle}: {t.logSummary}
      </summary>
      {requests === null ? (
        <p class="hint">{t.logLoading}</p>
      ) : requests.length === 0 ? (
        <p class="hint">{t.logEmpty}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t.logCaption(requests.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{c.time}</th>
                <th scope="col">{c.url}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.bytes}</th>
              </tr>
            </thead>
            <tbody>
              {[...requests]
                .sort((a, b) => b.time - a.time)
                .map((r, i) => (
                  <tr key={`${r.time}-${i}`} data-testid="request">
                    <td>{formatTime(r.time)}</td>
                    <td class="request-url">{r.url}</td>
                    <td>{r.status ?? (r.error ? strings.feeds.error[r.error] : '—')}</td>
                    <td>{t.bytes(r.bytes)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
