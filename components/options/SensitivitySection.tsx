import type { Sensitivity } from '@/lib/settings';
import { strings } from '../strings';

const t = strings.options.sensitivity;
const CHOICES: readonly Sensitivity[] = ['strict', 'balanced', 'loose'];

export interface SensitivitySectionProps {
  value: Sensitivity;
  onChange: (next: Sensitivity) => void;
}

/** How close two articles must be to count as the same story: a radio group with hints. */
export function SensitivitySection({ value, onChange }: SensitivitySectionProps) {
  return (
    <section class="options-section" aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">{t.title}</h2>
      <fieldset class="choices">
        <legend>{t.legend}</legend>
        {CHOICES.map((choice) => (
          <div class="choice" key={choice}>
            <input
              type="radio"
              id={`sensitivity-${choice}`}
              name="sensitivity"
              value={choice}
              checked={value === choice}
              aria-describedby={`sensitivity-${choice}-hint`}
              onChange={() => onChange(choice)}
            />
            <label for={`sensitivity-${choice}`}>{t.choices[choice].label}</label>
            <p id={`sensitivity-${choice}-hint`} class="hint">
              {t.choices[choice].hint}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
