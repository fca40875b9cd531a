import type { Settings } from '@/lib/settings';
import { strings } from '../strings';
import { KeepReadingSwitch } from './LiveSettings';

const t = strings.options.welcome;

/** The first-run welcome: following outlets, and the reading-history switch (off). */
export function Welcome({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  if (settings.welcomed) return null;
  return (
    <section class="options-section welcome card" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">{t.title}</h2>
      <p>{t.body}</p>
      <p>{t.follow}</p>
      <p>{t.history}</p>
      <KeepReadingSwitch settings={settings} onChange={onChange} />
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={() => onChange({ ...settings, welcomed: true })}
          data-testid="welcome-dismiss"
        >
          {t.dismiss}
        </button>
      </div>
    </section>
  );
}
