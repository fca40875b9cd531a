import type { ComponentChildren } from 'preact';
import { strings } from '../strings';

export type OnLocate = (text: string) => void;

/**
 * A sentence of the page as a real button: click, Enter or Space asks the shell to scroll the
 * page to `text` and flash it. Enter is handled on keydown (and its default stopped, so the
 * browser does not click a second time) to behave the same in every engine.
 */
export function Locate({
  text,
  onLocate,
  children,
}: {
  text: string;
  onLocate: OnLocate;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class="cmp-locate"
      title={strings.comparison.locateHint}
      onClick={() => onLocate(text)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        onLocate(text);
      }}
    >
      {children}
    </button>
  );
}

/** `children` as a locate button when the sentence is on the page, as plain text otherwise. */
export function MaybeLocate({
  text,
  onLocate,
  children,
}: {
  text: string | null;
  onLocate: OnLocate;
  children: ComponentChildren;
}) {
  if (text === null) return <span class="cmp-text">{children}</span>;
  return (
    <Locate text={text} onLocate={onLocate}>
      {children}
    </Locate>
  );
}
