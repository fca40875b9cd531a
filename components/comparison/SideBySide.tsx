import { useId, useState } from 'preact/hooks';
import { wordDiff, type DiffPart } from '@/lib/diff';
import { strings } from '../strings';
import { alignRows, type ReadingRow } from './align-rows';
import { Locate } from './Locate';
import { outletLabels } from './outlets';
import type { SectionProps } from './props';
import { ofId } from '@/lib/by-id';
import { breakable } from '../breakable';

const s = strings.comparison;

export interface SideBySideProps extends SectionProps {
  /** Each outlet's sentences in reading order, when the shell has them; keyed by outlet id. */
  sentences?: Readonly<Record<string, readonly string[]>>;
  /** The outlet shown first beside the page; the first other outlet by default. */
  initialOther?: string;
}

/** The article being read beside another outlet's, sentence by sentence, word changes marked. */
export function SideBySide({
  comparison,
  pageId = 'page',
  onLocate,
  sentences,
  initialOther,
}: SideBySideProps) {
  const labels = outletLabels(comparison, pageId);
  const others = labels.filter((l) => !l.isPage);
  const [chosen, setChosen] = useState(initialOther ?? others[0]?.id ?? '');
  const selectId = useId();
  const other = others.find((l) => l.id === chosen) ?? others[0];
  if (!other) return <p class="cmp-empty">{s.noOtherReport}</p>;
  const page = labels.find((l) => l.isPage);
  const rows = alignRows(comparison, pageId, other.id, ofId(sentences, other.id));
  return (
    <>
      <div class="cmp-choose">
        <label for={selectId}>{s.compareWith}</label>{' '}
        <select id={selectId} value={other.id} onChange={(e) => setChosen(e.currentTarget.value)}>
          {others.map((l) => (
            <option key={l.id} value={l.id}>
              {l.full}
            </option>
          ))}
        </select>
      </div>
      <p class="cmp-intro">{s.diffLegend(other.full)}</p>
      <table class="cmp-reading" data-testid="side-by-side">
        <thead>
          <tr>
            <th scope="col">{breakable(page?.full ?? s.thisPage)}</th>
            <th scope="col">{breakable(other.full)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <Row key={`${other.id}-${i}`} row={row} otherName={other.full} onLocate={onLocate} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function Row({
  row,
  otherName,
  onLocate,
}: {
  row: ReadingRow;
  otherName: string;
  onLocate: SectionProps['onLocate'];
}) {
  const kind =
    row.page !== null && row.other !== null ? 'aligned' : row.page !== null ? 'page-only' : 'other-only';
  const diff = kind === 'aligned' ? wordDiff(row.page ?? '', row.other ?? '') : null;
  return (
    <tr data-testid="reading-row" data-row={kind}>
      <td>
        {row.page === null ? (
          <Missing />
        ) : (
          <Locate text={row.page} onLocate={onLocate}>
            {diff ? <Parts parts={diff} keep="del" label={s.deletedLabel} /> : breakable(row.page)}
          </Locate>
        )}
      </td>
      <td>
        {row.other === null ? (
          <Missing />
        ) : diff ? (
          <Parts parts={diff} keep="add" label={s.insertedLabel(otherName)} />
        ) : (
          breakable(row.other)
        )}
      </td>
    </tr>
  );
}

function Missing() {
  return (
    <>
      <span class="cmp-muted" aria-hidden="true">
        –
      </span>
      <span class="sr-only">{s.noCounterpart}</span>
    </>
  );
}

/** One side of a word diff: the shared words, and this side's own words marked. */
function Parts({ parts, keep, label }: { parts: DiffPart[]; keep: 'add' | 'del'; label: string }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.op === 'same') return <span key={i}>{breakable(p.text)}</span>;
        if (p.op !== keep) return null;
        const Tag = keep === 'add' ? 'ins' : 'del';
        return (
          <span key={i}>
            <span class="sr-only">{label} </span>
            <Tag>{breakable(p.text)}</Tag>
          </span>
        );
      })}
    </>
  );
}
