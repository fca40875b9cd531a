import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SidebarView } from '@/components/SidebarView';
import type { StoryView } from '@/lib/protocol';
import { send } from '@/utils/messaging';
import { pinnedTab } from '@/utils/pinned-tab';
import { onStateChanged } from '@/utils/state-events';

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
