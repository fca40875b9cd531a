import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { summarize } from '@/components/comparison/summary';
import { IDLE_FLOW, type FollowFlow } from '@/components/follow-state';
import { PopupView } from '@/components/PopupView';
import { strings } from '@/components/strings';
import type { PageFeeds, TabState } from '@/lib/protocol';
import { highlightsOn, type Settings } from '@/lib/settings';
import { listen, send } from '@/utils/messaging';
import { createFollowFlow } from '@/utils/permissions';
import { pinnedTab } from '@/utils/pinned-tab';
import { openSidebar } from '@/utils/sidebar';
import { onStateChanged } from '@/utils/state-events';

function hostOf(state: TabState | null): string | null {
  const url = state && 'page' in state ? (state.page?.url ?? null) : null;
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

function pageUrl(state: TabState | null): string | null {
  return state && 'page' in state ? (state.page?.url ?? null) : null;
}

export function App() {
  const [state, setState] = useState<TabState | null>(null);
  const [tabId, setTabId] = useState<number | null>(pinnedTab());
  const [summary, setSummary] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sidebarError, setSidebarError] = useState<string | null>(null);
  const [corpusMessage, setCorpusMessage] = useState<string | null>(null);
  const [pageFeeds, setPageFeeds] = useState<PageFeeds | null>(null);
  const [flow, setFlow] = useState<FollowFlow>(IDLE_FLOW);

  const loadFeeds = (id: number | null) =>
    send('ui/page-feeds', { tabId: id })
      .then(setPageFeeds)
      .catch(() => setPageFeeds(null));
  const follower = useMemo(
    () =>
      createFollowFlow({
        permissions: browser.permissions,
        send,
        render: setFlow,
        onFollowed: () => void loadFeeds(tabId),
      }),
    [tabId],
  );

  useEffect(() => {
    void loadFeeds(tabId);
    // Followed or unfollowed elsewhere (the options page): the offer follows.
    return listen({ 'bg/live-changed': () => void loadFeeds(tabId) });
  }, [tabId]);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      try {
        const r = await send('ui/get-state', { tabId: pinnedTab() });
        if (!alive) return;
        setTabId(r.tabId);
        setState(r.state);
        if (r.state.kind === 'matched') {
          const story = await send('ui/get-story', { tabId: r.tabId });
          if (alive) setSummary(story?.comparison ? summarize(story.comparison) : null);
        }
      } catch (err) {
        if (alive)
          setState({ kind: 'error', page: null, message: err instanceof Error ? err.message : String(err) });
      }
    };
    void load();
    void send('ui/get-settings', {}).then((s) => alive && setSettings(s));
    const off = onStateChanged((changed) => {
      if (changed === tabId || tabId === null) void load();
    });
    return () => {
      alive = false;
      off();
    };
  }, [tabId]);

  const host = hostOf(state);
  const highlights =
    settings && host && state?.kind === 'matched'
      ? {
          on: highlightsOn(settings, host),
          onToggle: () => {
            const patch = { highlightsBySite: { [host]: !highlightsOn(settings, host) } };
            setSettings({
              ...settings,
              highlightsBySite: { ...settings.highlightsBySite, ...patch.highlightsBySite },
            });
            void send('ui/patch-settings', { patch }).then(setSettings);
          },
        }
      : null;

  return (
    <PopupView
      state={state}
      summary={summary}
      highlights={highlights}
      sidebarError={sidebarError}
      corpusMessage={corpusMessage}
      onOpenSidebar={() => {
        openSidebar(browser, tabId)
          .then(() => window.close())
          .catch(() => setSidebarError(strings.openSidebarFailed));
      }}
      onAddToCorpus={() => {
        void send('ui/corpus-add', { tabId }).then((r) =>
          setCorpusMessage(strings.corpusAdd[r.code](r.detail)),
        );
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenSources={() =>
        void browser.tabs
          .create({ url: browser.runtime.getURL('/options.html#sources') })
          .then(() => window.close())
      }
      keepReading={
        settings
          ? {
              on: settings.keepReading,
              onToggle: () => {
                const patch = { keepReading: !settings.keepReading };
                setSettings({ ...settings, ...patch });
                void send('ui/patch-settings', { patch }).then(setSettings);
              },
            }
          : null
      }
      follow={
        pageFeeds
          ? {
              pageFeeds,
              fallbackName: host?.replace(/^www\./, '') ?? '',
              flow,
              // The permission request is the click's first step (utils/permissions.ts).
              onFollow: (feed, name) =>
                follower.follow(
                  // The site's own name (a typed name would stop a refresh from updating it).
                  { url: feed.url, name: pageFeeds.siteName?.trim() || null },
                  [feed.url, pageUrl(state)],
                  name,
                ),
              onAllow: () => follower.allow(),
            }
          : null
      }
    />
  );
}
