import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SidebarView } from '@/components/SidebarView';
import type { StoryView } from '@/lib/protocol';
import { send } from '@/utils/messaging';
import { onStateChanged } from '@/utils/state-events';

/** `?tab=N` pins the sidebar to a tab (tests); otherwise it follows the active tab. */
function pinnedTab(): number | null {
  const v = new URLSearchParams(location.search).get('tab');
  return v && /^\d+$/.test(v) ? Number(v) : null;
}

export function App() {
  const [story, setStory] = useState<StoryView | null | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    const load = () =>
      send('ui/get-story', { tabId: pinnedTab() })
        .then((s) => alive && setStory(s))
        .catch(() => alive && setStory(null));
    void load();
    const offState = onStateChanged(() => void load());
    const onActivated = () => void load();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      alive = false;
      offState();
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);

  const locate = (text: string) => {
    void send('ui/locate', { tabId: story?.tabId ?? pinnedTab(), text });
  };
  return <SidebarView story={story} onLocate={locate} />;
}
