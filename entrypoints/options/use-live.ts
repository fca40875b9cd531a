/** The options page's Sources hook: live-model.ts wired to the browser and to Preact's state. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { listen, send } from '@/utils/messaging';
import { downloadText } from './download';
import { createLiveModel, INITIAL_LIVE_VIEW, type LiveModel, type LiveView } from './live-model';
import { onVisible } from './page-events';

export type LiveState = LiveView & Omit<LiveModel, 'start' | 'stop'>;

export function useLive(): LiveState {
  const [view, setView] = useState<LiveView>(INITIAL_LIVE_VIEW);
  const model = useMemo(
    () =>
      createLiveModel({
        send,
        permissions: browser.permissions,
        onLiveChanged: (listener) => listen({ 'bg/live-changed': ({ progress }) => listener(progress) }),
        onVisible: (listener) => onVisible(listener),
        download: (text, fileName, type) => downloadText(text, fileName, type),
        render: setView,
      }),
    [],
  );
  useEffect(() => {
    model.start();
    return () => model.stop();
  }, [model]);
  const { start: _start, stop: _stop, ...actions } = model;
  return { ...view, ...actions };
}
