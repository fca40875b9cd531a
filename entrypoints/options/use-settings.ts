/** The reader's settings as the background keeps them: loaded, changed and saved through it. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Notice } from '@/components/options/notice';
import { strings } from '@/components/strings';
import type { Settings } from '@/lib/settings';
import { send } from '@/utils/messaging';
import { errorText, onVisible } from './page-events';

export interface SettingsState {
  settings: Settings | null;
  notice: Notice | null;
  change: (next: Settings) => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Only the reply to the latest request counts: an older one must not undo a newer change.
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    send('ui/get-settings', {})
      .then((s) => ticket === latest.current && setSettings(s))
      .catch((err: unknown) =>
        setNotice({ tone: 'error', text: strings.options.saveFailed(errorText(err)) }),
      );
  }, []);

  // The popup changes per-site choices too: read them again when the page is shown again.
  useEffect(() => {
    load();
    return onVisible(load);
  }, [load]);

  const change = useCallback(
    (next: Settings) => {
      const ticket = ++latest.current;
      setSettings(next);
      send('ui/set-settings', { settings: next })
        .then((saved) => {
          if (ticket !== latest.current) return;
          setSettings(saved);
          setNotice({ tone: 'ok', text: strings.options.saved });
        })
        .catch((err: unknown) => {
          setNotice({ tone: 'error', text: strings.options.saveFailed(errorText(err)) });
          load();
        });
    },
    [load],
  );

  return { settings, notice, change };
}
