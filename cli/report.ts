/** The readable (non-JSON) report of `compare`, in a form a journalist can paste into notes. */
import { languageName, outletName } from '../components/format';
import { strings } from '../components/strings';
import { formatComparisonText } from '../lib/compare';
import type { CompareResult } from './commands/compare';

export function formatReport(r: CompareResult): string {
  const lines: string[] = [];
  const p = r.page;
  lines.push(`PAGE  ${p.title ?? '(no title)'}`);
  lines.push(
    `      ${p.isArticle ? 'article' : 'not an article'} · ${p.siteName ?? 'outlet unknown'} · ${p.publishedTime ?? 'date unknown'} · ${p.wordCount} words${p.byline ? ` · by ${p.byline}` : ''}${p.lang ? ` · ${p.lang}` : ''}`,
  );
  lines.push('');
  if (r.unsupportedLanguage !== undefined) {
    // The extension's own words (components/strings.ts), so both surfaces say the same.
    lines.push(
      `${strings.unsupportedTitle}. ${strings.unsupportedBody(r.unsupportedLanguage ? languageName(r.unsupportedLanguage) : null)}`,
      '',
    );
  }
  if (r.matches.length === 0) {
    lines.push('No corpus article to compare with.');
  } else {
    lines.push('MATCHES');
    for (const m of r.matches) {
      const pct = `${Math.round(m.score * 100)}%`.padStart(4);
      lines.push(
        `  ${pct}  ${m.verdict.padEnd(10)}  ${outletName(m.outlet)} — ${m.headline ?? '(no headline)'}${m.headlineDerived ? ' [headline derived from lead]' : ''} (${m.published ?? 'date unknown'})`,
      );
      if (m.identical)
        lines.push(
          `              same text as ${m.identicalTo ? outletName(m.identicalTo.outlet) : 'the page'} (left out of the comparison)`,
        );
      const e = m.explanation;
      if (e) {
        const why = [...e.names, ...e.numbers, ...e.terms].slice(0, 8);
        if (why.length) lines.push(`              shared: ${why.join(', ')}`);
        if (e.statements)
          lines.push(
            `              ${strings.statementsInCommon(e.statements.shared)} (of ${e.statements.of})`,
          );
      }
    }
  }
  if (r.comparison) {
    lines.push('', formatComparisonText(r.comparison));
  }
  return lines.join('\n');
}
