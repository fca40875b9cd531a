import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';

export interface TabDef {
  key: string;
  label: string;
  render: () => ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: one tab stop for the tab list (roving tabindex),
 * Left/Right arrows move between tabs (wrapping), Home/End jump to the ends; the panel follows
 * the tab list in the tab order. Labels wrap, so long translations fit.
 */
export function Tabs({
  tabs,
  label,
  initial,
  selected,
  onSelect,
}: {
  tabs: TabDef[];
  label: string;
  initial?: string;
  /** The open tab's key, when the shell decides it (a link from the summary); with onSelect. */
  selected?: string;
  onSelect?: (key: string) => void;
}) {
  const [own, setOwn] = useState(() =>
    Math.max(
      0,
      tabs.findIndex((t) => t.key === initial),
    ),
  );
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const base = useId();
  const chosen = selected === undefined ? -1 : tabs.findIndex((t) => t.key === selected);
  const active = chosen >= 0 ? chosen : own;
  const current = Math.min(active, tabs.length - 1);
  const setActive = (i: number) => {
    setOwn(i);
    const key = tabs[i]?.key;
    if (key !== undefined) onSelect?.(key);
  };
  const select = (i: number) => {
    setActive(i);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const n = tabs.length;
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: n - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select((to + n) % n);
  };
  const tab = tabs[current];
  return (
    <div class="cmp-tabs">
      <div role="tablist" aria-label={label} class="cmp-tablist" onKeyDown={onKeyDown}>
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.key}`}
            aria-selected={i === current}
            aria-controls={i === current ? `${base}-panel-${t.key}` : undefined}
            tabIndex={i === current ? 0 : -1}
            class="cmp-tab"
            data-key={t.key}
            onClick={() => setActive(i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab ? (
        <div
          role="tabpanel"
          id={`${base}-panel-${tab.key}`}
          aria-labelledby={`${base}-tab-${tab.key}`}
          tabIndex={0}
          class="cmp-panel"
          data-key={tab.key}
        >
          {tab.render()}
        </div>
      ) : null}
    </div>
  );
}
