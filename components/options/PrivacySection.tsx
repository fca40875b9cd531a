import { strings } from '../strings';

const t = strings.options.privacy;

/** What Parallax does with the reader's data: nothing leaves the browser, and what stays where. */
export function PrivacySection() {
  return (
    <section class="options-section" aria-labelledby="privacy-title" data-testid="privacy">
      <h2 id="privacy-title">{t.title}</h2>
      <p>{t.noNetwork}</p>
      <h3>{t.storedTitle}</h3>
      <ul class="plain-list">
        <li>{t.settings}</li>
        <li>{t.session}</li>
        <li>{t.corpus}</li>
      </ul>
      <p>
        <strong>{t.nothingLeaves}</strong>
      </p>
    </section>
  );
}
