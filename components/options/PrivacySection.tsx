import { strings } from '../strings';

const t = strings.options.privacy;

/**
 * What Parallax does with the reader's data: reading makes no request; requests go only to the
 * outlets followed, without cookies, and the log shows each; what stays where.
 */
export function PrivacySection() {
  return (
    <section class="options-section" aria-labelledby="privacy-title" data-testid="privacy">
      <h2 id="privacy-title">{t.title}</h2>
      <p>{t.noNetwork}</p>
      <p>{t.requests}</p>
      <p>{t.log}</p>
      <h3>{t.storedTitle}</h3>
      <ul class="plain-list">
        <li>{t.settings}</li>
        <li>{t.session}</li>
        <li>{t.corpus}</li>
        <li>{t.live}</li>
      </ul>
      <p>
        <strong>{t.nothingLeaves}</strong>
      </p>
    </section>
  );
}
