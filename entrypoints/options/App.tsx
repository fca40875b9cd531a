import { useMemo } from 'preact/hooks';
import corpusFile from '@/assets/corpus.json';
import { bundledSummary } from '@/components/options/bundled';
import { CorpusSection } from '@/components/options/CorpusSection';
import { HighlightsSection } from '@/components/options/HighlightsSection';
import { NoticeLine } from '@/components/options/notice';
import { OptionsPage } from '@/components/options/OptionsPage';
import { PrivacySection } from '@/components/options/PrivacySection';
import { SensitivitySection } from '@/components/options/SensitivitySection';
import { strings } from '@/components/strings';
import type { CorpusArticle, CorpusFile } from '@/lib/types';
import { useCorpus } from './use-corpus';
import { useSettings } from './use-settings';

const BUNDLED: readonly CorpusArticle[] = (corpusFile as CorpusFile).articles;

export function App() {
  const { settings, notice, change } = useSettings();
  const corpus = useCorpus(BUNDLED);
  const bundled = useMemo(() => bundledSummary(BUNDLED), []);
  return (
    <OptionsPage>
      {settings ? (
        <>
          <HighlightsSection settings={settings} onChange={change} />
          <SensitivitySection
            value={settings.sensitivity}
            onChange={(s) => change({ ...settings, sensitivity: s })}
          />
        </>
      ) : (
        <p class="hint">{strings.options.loading}</p>
      )}
      <NoticeLine notice={notice} testId="settings-notice" />
      <CorpusSection
        articles={corpus.articles}
        unavailable={corpus.unavailable}
        bundled={bundled}
        notice={corpus.notice}
        importState={corpus.importState}
        onImport={corpus.importFile}
        onCancelImport={corpus.cancelImport}
        onRemove={corpus.remove}
        onClear={corpus.clear}
        onExport={corpus.exportFile}
      />
      <PrivacySection />
    </OptionsPage>
  );
}
