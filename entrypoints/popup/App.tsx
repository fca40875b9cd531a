import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PopupView } from '@/components/PopupView';
import { strings } from '@/components/strings';
import type { TabState } from '@/lib/protocol';
import { send } from '@/utils/messaging';
import { openSidebar } from '@/utils/sidebar';
import { onStateChanged } from '@/utils/state-events';

/** `?tab=N` pins the popup to a tab (used by tests and by the sidebar's links). */
function pinnedTab(): number | null {
  const v = new URLSearchParams(location.search).get('tab');
  return v && /^\d+$/.test(v) ? Number(v) : null;
}

export function App() {
  const [state, setState] = useState<TabState | null>(null);
  const [tabId, setTabId] = useState<number | null>(pinnedTab());
  const [sidebarError, setSidebarError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    const load = () =>
      send('ui/get-state', { tabId: pinnedTab() })
        .then((r) => {
          if (!alive) return;
          setTabId(r.tabId);
          setState(r.state);
        })
        .catch(
          (err: unknown) =>
            alive &&
            setState({
              kind: 'error',
              page: null,
              message: err instanceof Error ? err.message : String(err),
            }),
        );
    void load();
    const off = onStateChanged((changed) => {
      if (changed === tabId || tabId === null) void load();
    });
    return () => {
      alive = false;
      off();
    };
  }, [tabId]);

  const open = () => {
    openSidebar(browser, tabId)
      .then(() => window.close())
      .catch(() => setSidebarError(strings.openSidebarFailed));
  };
  return <PopupView state={state} onOpenSidebar={open} sidebarError={sidebarError} />;
}
