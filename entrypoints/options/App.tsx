import { useEffect, useMemo } from 'preact/hooks';
import corpusFile from '@/assets/corpus.json';
import outletsFile from '@/assets/outlets.json';
import { bundledSummary } from '@/components/options/bundled';
import { CorpusSection } from '@/components/options/CorpusSection';
import { HighlightsSection } from '@/components/options/HighlightsSection';
import { LiveSettings } from '@/components/options/LiveSettings';
import { NoticeLine } from '@/components/options/notice';
import { OptionsPage } from '@/components/options/OptionsPage';
import { PrivacySection } from '@/components/options/PrivacySection';
import { SensitivitySection } from '@/components/options/SensitivitySection';
import { SourcesSection } from '@/components/options/SourcesSection';
import { OpmlPanel, RequestLog, StarterList, type StarterEntry } from '@/components/options/SourcesExtras';
import { Welcome } from '@/components/options/Welcome';
import { strings } from '@/components/strings';
import type { CorpusArticle, CorpusFile } from '@/lib/types';
import { useCorpus } from './use-corpus';
import { useLive } from './use-live';
import { useSettings } from './use-settings';

const BUNDLED: readonly CorpusArticle[] = (corpusFile as CorpusFile).articles;
const STARTER: readonly StarterEntry[] = outletsFile as StarterEntry[];

export function App() {
  const { settings, notice, change } = useSettings();
  const corpus = useCorpus(BUNDLED);
  const bundled = useMemo(() => bundledSummary(BUNDLED), []);
  const live = useLive();
  // The popup's "Sources" link opens options.html#sources: the page renders after the browser
  // looked for the anchor, so scroll to it here.
  useEffect(() => {
    if (location.hash === '#sources') document.getElementById('sources')?.scrollIntoView?.();
  }, []);
  return (
    <OptionsPage>
      {settings ? <Welcome settings={settings} onChange={change} /> : null}
      <SourcesSection
        status={live.status}
        unavailable={live.unavailable}
        progress={live.progress}
        notice={live.notice}
        follow={live.follow}
        onFollow={live.followUrl}
        onAllow={live.allowFollow}
        onUnfollow={live.unfollow}
        onRename={live.rename}
        onRefresh={live.refreshNow}
      >
        <StarterList
          entries={STARTER}
          status={live.status}
          starter={live.starter}
          onFollow={live.followStarter}
          onAllow={live.allowStarter}
        />
        <OpmlPanel
          state={live.opml}
          canExport={(live.status?.outlets.length ?? 0) > 0}
          onFile={live.readOpml}
          onImport={live.importOpml}
          onExport={live.exportOpml}
        />
        {settings ? (
          <LiveSettings
            settings={settings}
            onChange={change}
            status={live.status}
            onForgetHistory={live.forgetHistory}
          />
        ) : null}
        <RequestLog requests={live.requests} onOpen={live.loadRequests} />
      </SourcesSection>
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
