import type { ComponentChildren } from 'preact';
import type { OutletLabel } from './outlets';

/**
 * One cell of a who-has-what matrix: a symbol for the eye and words for screen readers, so
 * nothing depends on colour alone.
 */
export function PresenceCell({ present, yes, no }: { present: boolean; yes: string; no: string }) {
  return (
    <td class={present ? 'cmp-cell cmp-yes' : 'cmp-cell cmp-no'} data-present={present ? 'yes' : 'no'}>
      <span aria-hidden="true">{present ? '●' : '–'}</span>
      <span class="sr-only">{present ? yes : no}</span>
    </td>
  );
}

/** Column headers of a matrix: short outlet names, full name in `title` and for screen readers. */
export function OutletHeaders({ first, labels }: { first: ComponentChildren; labels: OutletLabel[] }) {
  return (
    <tr>
      <th scope="col" class="cmp-rowhead-col">
        {first}
      </th>
      {labels.map((l) => (
        <th
          key={l.id}
          scope="col"
          class={l.isPage ? 'cmp-outlet-col cmp-page-col' : 'cmp-outlet-col'}
          title={l.full}
          abbr={l.full}
        >
          {l.short === l.full ? (
            l.short
          ) : (
            <>
              <span aria-hidden="true">{l.short}</span>
              <span class="sr-only">{l.full}</span>
            </>
          )}
        </th>
      ))}
    </tr>
  );
}
