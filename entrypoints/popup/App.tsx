import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { summarize } from '@/components/comparison/summary';
import { PopupView } from '@/components/PopupView';
import { strings } from '@/components/strings';
import type { TabState } from '@/lib/protocol';
import { highlightsOn, type Settings } from '@/lib/settings';
import { send } from '@/utils/messaging';
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

export function App() {
  const [state, setState] = useState<TabState | null>(null);
  const [tabId, setTabId] = useState<number | null>(pinnedTab());
  const [summary, setSummary] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sidebarError, setSidebarError] = useState<string | null>(null);
  const [corpusMessage, setCorpusMessage] = useState<string | null>(null);

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
    />
  );
}
