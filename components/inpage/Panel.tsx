/**
 * At the bottom right of a marked page: the legend, visible from the start (small, what each
 * mark means, and the reader's switch to also mark what other outlets report), the Parallax
 * button, and the list it opens: every marked sentence (focusing one marks it on the page and
 * shows its card) and the switch that turns highlights off for the site. Keyboard: Enter
 * opens, Tab walks, Escape closes.
 * It runs in Parallax's own frame (entrypoints/inpage/), which no page script can reach or
 * send events into, so its handlers need no `isTrusted` check.
 */
import { useRef, useState } from 'preact/hooks';
import { outletName } from '../format';
import { DECORATION, SWATCH } from '../highlight-colors';
import { legendStyles, markedSentences, type MarkStyle, type PageMarks } from '@/lib/marks';
import { strings } from '../strings';

const S = strings.highlights;

const LEGEND: Record<MarkStyle, string> = {
  differs: S.legend.differs,
  unique: S.legend.unique,
  shared: S.legend.shared,
};

/** A sample of a mark as it looks on the page: its tint and its underline. */
function Sample({ style }: { style: MarkStyle }) {
  return (
    <span
      class="sample"
      aria-hidden="true"
      data-style={style}
      style={{ backgroundColor: SWATCH[style], textDecoration: DECORATION[style] }}
    >
      {S.sample}
    </span>
  );
}

export interface PanelProps {
  marks: PageMarks;
  /** A sentence got the focus (null: none has it). */
  onFocusSentence: (text: string | null) => void;
  onTurnOff: () => void;
  /** The reader's switch: also mark what other outlets report (absent: no switch). */
  onMarkShared?: (on: boolean) => void;
}

export function Panel({ marks, onFocusSentence, onTurnOff, onMarkShared }: PanelProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const marked = markedSentences(marks);
  const close = () => {
    setOpen(false);
    onFocusSentence(null);
    toggle.current?.focus();
  };
  return (
    <div
      class="dock"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <section class="legend-box" aria-label={S.legendTitle} data-testid="legend">
        <ul class="legend">
          {legendStyles(marks).map((s) => (
            <li key={s} data-style={s}>
              <Sample style={s} />
              {LEGEND[s]}
            </li>
          ))}
        </ul>
        {onMarkShared ? (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={marks.shared === true}
              onChange={(e) => onMarkShared(e.currentTarget.checked)}
              data-testid="mark-shared"
            />
            {S.markShared}
          </label>
        ) : null}
      </section>
      <button
        ref={toggle}
        type="button"
        class="toggle"
        aria-expanded={open}
        title={open ? S.hideList : S.toggleList}
        onClick={() => setOpen(!open)}
      >
        <span class="logo">∥</span>
        {`Parallax · ${S.count(marked.length)}`}
      </button>
      <section class="list" hidden={!open} aria-label={S.panelTitle}>
        <h2>{S.panelTitle}</h2>
        <ul class="items">
          {marked.map(({ mark, style }, i) => {
            const label = mark.support.length
              ? S.supportedBy(mark.support.map((n) => outletName(n)).join(', '))
              : S.onlyHere;
            return (
              <li key={i}>
                <button
                  type="button"
                  aria-label={`${mark.text} — ${label}`}
                  onFocus={() => onFocusSentence(mark.text)}
                  onClick={() => onFocusSentence(mark.text)}
                  onBlur={() => onFocusSentence(null)}
                >
                  <Sample style={style} />
                  <span class="txt">{mark.text}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" class="off" onClick={onTurnOff}>
          {S.turnOff}
        </button>
      </section>
    </div>
  );
}
