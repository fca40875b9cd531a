/**
 * The Parallax button at the bottom right of a marked page, and the list it opens: the legend,
 * every marked sentence (focusing one marks it on the page and shows its card), and the switch
 * that turns highlights off for the site. Keyboard: Enter opens, Tab walks, Escape closes.
 * It runs in Parallax's own frame (entrypoints/inpage/), which no page script can reach or
 * send events into, so its handlers need no `isTrusted` check.
 */
import { useRef, useState } from 'preact/hooks';
import { outletName } from '../format';
import { SWATCH } from '../highlight-colors';
import { MARK_STYLES, markedSentences, type MarkStyle, type PageMarks } from '@/lib/marks';
import { strings } from '../strings';

const S = strings.highlights;

const LEGEND: Record<MarkStyle, string> = {
  'level-3': S.legend[3],
  'level-2': S.legend[2],
  'level-1': S.legend[1],
  unique: S.legend.unique,
  differs: S.legend.differs,
};

export interface PanelProps {
  marks: PageMarks;
  /** A sentence got the focus (null: none has it). */
  onFocusSentence: (text: string | null) => void;
  onTurnOff: () => void;
}

export function Panel({ marks, onFocusSentence, onTurnOff }: PanelProps) {
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
        <ul class="legend">
          {MARK_STYLES.map((s) => (
            <li key={s}>
              <span class="sw" style={{ background: SWATCH[s] }} />
              {LEGEND[s]}
            </li>
          ))}
        </ul>
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
                  <span class="sw" aria-hidden="true" style={{ background: SWATCH[style] }} />
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
