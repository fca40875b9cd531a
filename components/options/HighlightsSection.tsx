import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings';
import { strings } from '../strings';
import { hostFromInput } from './host';

const t = strings.options.highlights;

export interface HighlightsSectionProps {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** Highlights on or off by default, and the sites that have a choice of their own. */
export function HighlightsSection({ settings, onChange }: HighlightsSectionProps) {
  const sites = Object.keys(settings.highlightsBySite).sort();
  const setSite = (host: string, on: boolean | null) => {
    const bySite = { ...settings.highlightsBySite };
    if (on === null) delete bySite[host];
    else bySite[host] = on;
    onChange({ ...settings, highlightsBySite: bySite });
  };
  return (
    <section class="options-section" aria-labelledby="highlights-title">
      <h2 id="highlights-title">{t.title}</h2>
      <p class="hint">{t.intro}</p>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.highlightsByDefault}
          onChange={(e) => onChange({ ...settings, highlightsByDefault: e.currentTarget.checked })}
          data-testid="highlights-default"
        />
        {t.byDefault}
      </label>
      <h3 id="sites-title">{t.sitesTitle}</h3>
      {sites.length === 0 ? (
        <p class="hint">{t.noSites}</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-title">
          {sites.map((host) => (
            <li key={host} class="site" data-testid="site">
              <span class="site-host">{host}</span>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={settings.highlightsBySite[host]}
                  aria-label={t.siteOn(host)}
                  onChange={(e) => setSite(host, e.currentTarget.checked)}
                />
                <span aria-hidden="true">{settings.highlightsBySite[host] ? t.on : t.off}</span>
              </label>
              <button
                type="button"
                class="secondary"
                aria-label={t.removeSiteLabel(host)}
                onClick={() => setSite(host, null)}
              >
                {t.removeSite}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSite
        onAdd={(host) => setSite(host, settings.highlightsBySite[host] ?? !settings.highlightsByDefault)}
      />
    </section>
  );
}

/** A site typed by the reader; it starts with the opposite of the default (else why add it). */
function AddSite({ onAdd }: { onAdd: (host: string) => void }) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      class="add-site"
      onSubmit={(e) => {
        e.preventDefault();
        const host = hostFromInput(value);
        setInvalid(host === null);
        if (host === null) return;
        onAdd(host);
        setValue('');
      }}
    >
      <label for="add-site-host">{t.addSiteLabel}</label>
      <div class="row">
        <input
          id="add-site-host"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'add-site-error' : undefined}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {t.addSite}
        </button>
      </div>
      {invalid ? (
        <p id="add-site-error" class="field-error" role="alert">
          {t.badHost}
        </p>
      ) : null}
    </form>
  );
}
