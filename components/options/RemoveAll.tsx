import { useEffect, useRef, useState } from 'preact/hooks';
import { strings } from '../strings';

const t = strings.options.corpus;

export interface RemoveAllProps {
  count: number;
  onConfirm: () => void;
  disabled?: boolean;
}

/** "Remove all…" asks first, in the page: the safe choice has the focus. */
export function RemoveAll({ count, onConfirm, disabled = false }: RemoveAllProps) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The safe choice takes the focus; "Keep them" gives it back to the button that asked.
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (count === 0) return null;
  if (!asking)
    return (
      <button
        type="button"
        class="danger"
        ref={opener}
        disabled={disabled}
        onClick={() => setAsking(true)}
        data-testid="remove-all"
      >
        {t.removeAll}
      </button>
    );
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      data-testid="confirm-remove-all"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <p id="confirm-title" class="confirm-title">
        {t.confirmTitle(count)}
      </p>
      <p id="confirm-body">{t.confirmBody}</p>
      <div class="row">
        <button
          type="button"
          class="secondary"
          ref={keep}
          onClick={() => setAsking(false)}
          data-testid="confirm-no"
        >
          {t.confirmNo}
        </button>
        <button
          type="button"
          class="danger"
          disabled={disabled}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          data-testid="confirm-yes"
        >
          {t.confirmYes}
        </button>
      </div>
    </div>
  );
}
