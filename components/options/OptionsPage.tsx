import type { ComponentChildren } from 'preact';
import { strings } from '../strings';

/** The frame of the options page: title, a one-line introduction, then the sections. */
export function OptionsPage({ children }: { children: ComponentChildren }) {
  return (
    <main class="options">
      <header class="options-header">
        <h1 class="brand">
          <span class="logo" aria-hidden="true">
            ∥
          </span>
          {strings.options.pageTitle}
        </h1>
        <p class="hint">{strings.options.intro}</p>
      </header>
      {children}
    </main>
  );
}
