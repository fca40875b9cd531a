/**
 * Every user-facing string of the extension's UI, in one place, ready for translation.
 * Functions take the variable parts; nothing is concatenated elsewhere.
 */
import type { FeedErrorCode } from '@/lib/feeds/types';
import type { CorpusAddCode, FollowCode } from '@/lib/protocol';
import type { LiveErrorCode } from '@/lib/live/types';

export const strings = {
  appName: 'Parallax',
  loading: 'Looking at this page…',
  working: 'Comparing with other outlets…',
  idleTitle: 'Nothing to compare yet',
  idleBody: 'Open a news article and Parallax will look for other outlets’ reports of the same story.',
  notArticleTitle: 'This page doesn’t look like an article',
  notArticleBody: 'Parallax compares news articles. It found no article on this page.',
  whyLabel: 'Why:',
  noCoverageTitle: 'No other coverage found',
  noCoverageBody: 'None of the articles Parallax compares with reports this story.',
  /** Under "No other coverage found": how to get more to compare with. */
  noCoverageHint: 'Follow outlets in Sources to compare with their latest reports.',
  /** The closest report of a related story (another development), when there is one. */
  relatedLabel: 'A related report:',
  unsupportedTitle: 'Language not supported yet',
  /** `language`: its name ("French", components/format.ts languageName), or null when unknown. */
  unsupportedBody: (language: string | null) =>
    `This article seems to be in ${language ?? 'a language'} Parallax cannot compare yet. It was not matched, to avoid wrong results.`,
  errorTitle: 'Something went wrong',
  errorBody: 'Parallax could not analyse this page. Reload the page to try again.',
  errorDetail: 'Details:',
  matchedCount: (n: number) =>
    n === 1 ? '1 other outlet reported this story' : `${n} other outlets reported this story`,
  /** The page is an article Parallax already has, said by where it came from (SelfArticle). */
  thisArticle: {
    bundled: 'This article is one of the sample reports that come with Parallax.',
    user: 'This article is in your corpus.',
    live: (outlet: string | null) =>
      outlet
        ? `Parallax fetched this article from ${outlet}, an outlet you follow.`
        : 'Parallax fetched this article from an outlet you follow.',
    history: 'Parallax kept this article from your reading.',
    known: 'Parallax already has this article.',
  },
  openSidebar: 'Compare in sidebar',
  openSidebarFailed: 'The sidebar could not be opened here.',
  unattributedOutlet: 'Unattributed outlet',
  derivedHeadline: 'headline derived from the lead',
  unknownDate: 'date unknown',
  justNow: 'just now',
  inAMoment: 'in a moment',
  today: 'today',
  /** How much telling content two texts share (Match.similarity), on demand. */
  similarity: (pct: number) => `${pct}% similar`,
  verdict: { 'same-story': 'Same story', related: 'Related', different: 'Different story' },
  /** How close another report is (lib/closeness.ts), the number shown on demand. */
  closeness: {
    'very-close': 'Very close',
    close: 'Close',
    related: 'Related',
    different: 'Different story',
  },
  showSimilarity: (words: string) => `${words}: show how similar, as a number`,
  openOriginalOf: (outlet: string) => `Open ${outlet}’s report in a new tab`,
  sharedLabel: 'Shared:',
  /** A report whose text repeats another's (wire copy, syndication). */
  sameTextAs: (outlet: string) => `Same text as ${outlet}`,
  sameTextAsPage: 'Same text as this page',
  /** How many statements of the page a verified report also makes (lib/match verify.ts). */
  statementsInCommon: (n: number) =>
    n === 0 ? 'no statement in common' : n === 1 ? '1 statement in common' : `${n} statements in common`,
  /** A verdict resting on a short text (a two-paragraph lead, a feed summary). */
  shortText: 'based on a short text',
  sidebarTitle: 'Parallax — coverage',
  readingNow: 'You are reading',
  otherReports: 'Other reports',
  noStoryTitle: 'No story to compare',
  noStoryBody: 'Open a news article in this tab. When other outlets report the same story, they appear here.',
  openOriginal: 'Open original',
  byline: (b: string) => `By ${b}`,
  /** The side panel's header, its reports and its timeline. */
  sidebar: {
    storyLabel: 'The story',
    reading: (outlet: string) => `You are reading ${outlet}`,
    summaryLabel: 'What this article has that others do not',
    reportsTab: (n: number) => `Reports (${n})`,
    timelineTitle: 'Who reported first',
    first: 'first',
    after: {
      minute: (n: number) => `${n} min later`,
      hour: (n: number) => `${n} hr later`,
      day: (n: number) => (n === 1 ? '1 day later' : `${n} days later`),
    },
    firstBy: (outlet: string) => `First reported by ${outlet}`,
    firstHere: 'This page reported it first',
    changesTitle: 'What changed along the way',
    changeStep: (value: string, outlet: string) => `${value} (${outlet})`,
  },
  comparison: {
    tabsLabel: 'Comparison sections',
    tabs: {
      overview: 'Overview',
      unique: 'Only here',
      differences: 'Differences',
      quotes: 'Quotes',
      entities: 'Who & where',
      headlines: 'Headlines',
      sideBySide: 'Side by side',
    },
    thisPage: 'This page',
    thisPageFull: (outlet: string) => `This page (${outlet})`,
    numbered: (name: string, n: number) => `${name} ${n}`,
    locateHint: 'Show this sentence on the page',
    overviewIntro: 'Who reports what: each statement and the outlets that carry it.',
    coreGroup: 'Shared core: reported by most outlets',
    otherGroup: 'Reported by some outlets',
    carriedByAll: (total: number) => `All ${total} outlets`,
    carriedByAllBut: (n: number, total: number, missing: string) =>
      `${n} of ${total} outlets, not ${missing}`,
    carriedByOnly: (n: number, total: number, names: string) => `${n} of ${total} outlets: ${names}`,
    noClaims: 'No statement is reported by more than one outlet.',
    uniqueIntro: 'Details that only one outlet reports.',
    noUnique: 'Every detail here is reported by more than one outlet.',
    noUniqueForOutlet: 'Nothing that only this outlet reports.',
    differencesIntro: 'Figures and dates the outlets state differently, in each outlet’s words.',
    noDiscrepancies: 'No figures differ between these reports.',
    discrepancyKind: { count: 'Figure', day: 'Date', place: 'Place', title: 'Title', name: 'Name' },
    noQuotes: 'No quote appears in more than one report.',
    unknownSpeaker: 'Unnamed speaker',
    quotedBy: (outlets: string) => `Quoted by ${outlets}`,
    noEntities: 'No people, places or organizations were found.',
    entityGroup: { person: 'People', place: 'Places', organization: 'Organizations' },
    noHeadline: 'No headline',
    compareWith: 'Compare with',
    noOtherReport: 'There is no other report to read side by side.',
    noCounterpart: 'No matching sentence',
    diffLegend: (other: string) =>
      `Words only on this page are struck through; words only in ${other} are underlined.`,
    deletedLabel: 'only on this page:',
    insertedLabel: (other: string) => `only in ${other}:`,
    summaryUnique: (n: number) =>
      n === 1 ? '1 detail no other outlet reports' : `${n} details no other outlet reports`,
    summaryDiffers: {
      count: (n: number) => (n === 1 ? '1 figure that differs' : `${n} figures that differ`),
      day: (n: number) => (n === 1 ? '1 date that differs' : `${n} dates that differ`),
      place: (n: number) => (n === 1 ? '1 place that differs' : `${n} places that differ`),
      title: (n: number) => (n === 1 ? '1 title that differs' : `${n} titles that differ`),
      name: (n: number) => (n === 1 ? '1 name spelled differently' : `${n} names spelled differently`),
    },
    summaryNothing: 'No details of its own and no figures that differ.',
    listJoin: ', ',
  },
  highlights: {
    panelTitle: 'Parallax on this page',
    toggleList: 'Show marked sentences',
    hideList: 'Hide marked sentences',
    turnOff: 'Turn highlights off for this site',
    legendTitle: 'What the marks mean',
    legend: {
      differs: 'Another outlet states it differently',
      unique: 'Only this article reports it',
      shared: 'Other outlets report it too',
    },
    /** The text of a legend's sample of a mark. */
    sample: 'Abc',
    markShared: 'Also mark what others report',
    supportedBy: (names: string) => `Also reported by ${names}`,
    onlyHere: 'No other outlet reports this.',
    differsAbout: (about: string) => `Differs: ${about}`,
    /** A difference in the card: what another outlet says, e.g. "Latin Times says Monday". */
    says: (outlet: string, value: string) => `${outlet} says ${value}`,
    pageSays: (value: string) => `this page: ${value}`,
    thisPage: 'this page',
    wordedAs: (outlet: string) => `${outlet} wrote:`,
    count: (n: number) => (n === 1 ? '1 marked sentence' : `${n} marked sentences`),
  },
  popupExtra: {
    highlightsOnSite: 'Highlights on this site',
    addToCorpus: 'Add this article to my corpus',
    options: 'Settings',
    fromYourCorpus: 'from your corpus',
    fromYourReading: 'from your reading',
    /** A report of which only the feed's text could be had (the page was paywalled or failed). */
    summaryOnly: 'summary only',
    keepReading: 'Keep the articles I read',
    sources: 'Sources',
  },
  /** Following an outlet, from the popup or the options page. */
  follow: {
    button: (name: string) => `Follow ${name}`,
    following: (name: string) => `Following ${name}`,
    chooseFeed: 'Feed to follow',
    feedChoice: (title: string | null, url: string) => (title ? `${title} (${url})` : url),
    working: 'Following…',
    allow: (hosts: string) => `Allow ${hosts}`,
    denied: 'Parallax was not allowed to read this outlet, so it is not followed.',
    /** The background's answer to a follow, by its code (lib/protocol.ts FollowCode). */
    reply: {
      followed: (name: string) => `Following ${name}. Its latest articles are being fetched.`,
      'already-followed': (name: string) => `You already follow ${name}.`,
      'invalid-url': () => 'Enter the address of a feed or a site, starting with https:// or http://.',
      'no-feed': () => 'This site’s home page names no feed. Try the address of its RSS, Atom or JSON feed.',
      'needs-permission': (hosts: string) =>
        `This outlet’s feed or articles are on ${hosts}. Allow Parallax to read from there too.`,
      'feed-error': (reason: string) => `The feed could not be read: ${reason}.`,
      'disk-full': () =>
        'Not enough storage space to follow another outlet. Lower the storage limit or free disk space.',
    } satisfies Record<FollowCode, (arg: string) => string>,
    unknownReason: 'it answered with an error',
    hostJoin: ', ',
  },
  /** The background's answer to "Add this article to my corpus", by its code (lib/protocol.ts). */
  corpusAdd: {
    added: () => 'Added to your corpus. Other reports of this story you read will be compared with it.',
    'no-article': () => 'There is no article on this tab to add.',
    'duplicate-id': () => 'Already in your corpus (same id).',
    'duplicate-text': () => 'Already in your corpus (same text).',
    'not-addable': (detail?: string) => `Not added: ${detail ?? 'this page cannot be added'}.`,
    'corpus-full': (limit?: string) =>
      `Not added: your corpus holds the most articles it can (${Number(limit).toLocaleString('en')}). Remove some in the options page first.`,
    failed: (detail?: string) => `Not added: ${detail ?? 'the corpus could not be changed'}`,
  } satisfies Record<CorpusAddCode, (detail?: string) => string>,
  /** Live coverage's storage failures, by code (lib/live/types.ts LiveErrorCode). */
  liveStorage: {
    'disk-full':
      'Not enough storage space for new articles from the outlets you follow. Nothing already kept was lost; lower the storage limit in Sources or free disk space, then refresh.',
  } satisfies Record<LiveErrorCode, string>,
  options: {
    pageTitle: 'Parallax settings',
    intro: 'How Parallax marks articles, which articles it compares with, and what it keeps.',
    loading: 'Loading…',
    saved: 'Saved.',
    saveFailed: (detail: string) => `Your change could not be saved: ${detail}`,
    highlights: {
      title: 'Highlights',
      intro: 'On an article other outlets also report, Parallax can mark the sentences they share.',
      byDefault: 'Mark sentences on articles by default',
      sitesTitle: 'Sites with their own choice',
      noSites:
        'No site has its own choice yet. Use “Highlights on this site” in the Parallax toolbar button, or add a site here.',
      siteOn: (host: string) => `Highlights on ${host}`,
      on: 'On',
      off: 'Off',
      removeSite: 'Forget',
      removeSiteLabel: (host: string) => `Forget the choice for ${host}`,
      addSiteLabel: 'Site (for example www.example.com)',
      addSite: 'Add site',
      badHost: 'Enter a site’s address, like www.example.com.',
    },
    sensitivity: {
      title: 'How close counts as the same story',
      legend: 'Sensitivity',
      choices: {
        strict: {
          label: 'Strict',
          hint: 'Only reports that clearly tell the same event: fewer matches, fewer mistakes.',
        },
        balanced: {
          label: 'Balanced',
          hint: 'The default: close reports of the same event.',
        },
        loose: {
          label: 'Loose',
          hint: 'Also reports that share fewer details: more matches, some only related.',
        },
      },
    },
    corpus: {
      title: 'Your corpus',
      intro:
        'Articles you add from a page or import from a file. Parallax compares what you read with them as well as with the bundled articles.',
      count: (n: number) =>
        n === 0
          ? 'Your corpus is empty.'
          : n === 1
            ? '1 article in your corpus.'
            : `${n} articles in your corpus.`,
      bundledNote: (n: number) =>
        `The bundled corpus (${n === 1 ? '1 article' : `${n} articles`}) is read-only and always present. Its outlets:`,
      listLabel: 'Your articles',
      added: (date: string) => `added ${date}`,
      addedUnknown: 'date added unknown',
      remove: 'Remove',
      removeLabel: (title: string) => `Remove “${title}”`,
      removed: (title: string) => `Removed “${title}”.`,
      showMore: (n: number) => `Show ${n} more`,
      removeAll: 'Remove all…',
      confirmTitle: (n: number) =>
        n === 1 ? 'Remove the 1 article of your corpus?' : `Remove all ${n} articles of your corpus?`,
      confirmBody: 'This cannot be undone. Export them first to keep a copy. The bundled corpus stays.',
      confirmYes: 'Remove all',
      confirmNo: 'Keep them',
      removedAll: (n: number) => (n === 1 ? 'Removed 1 article.' : `Removed ${n} articles.`),
      failed: (detail: string) => `That did not work: ${detail}`,
      unavailable: (detail: string) => `Your corpus could not be opened: ${detail}`,
      newerSchema: 'Your corpus was saved by a newer version of Parallax. Update the extension to open it.',
    },
    importing: {
      title: 'Import articles',
      hint: 'A JSON or NDJSON file of articles, each with at least "id", "title" and "text" (the format of “Export”).',
      limits: (articles: number, megabytes: number) =>
        `Your corpus can hold up to ${articles.toLocaleString('en')} articles, and a file to import can be up to ${megabytes.toLocaleString('en')} MB.`,
      fileLabel: 'Choose a file to import',
      reading: (name: string) => `Reading ${name}…`,
      progressLabel: 'Import progress',
      progress: (done: number, total: number) => `${done} of ${total} articles written`,
      cancel: 'Cancel import',
      done: (n: number) =>
        n === 0
          ? 'No new article was imported.'
          : n === 1
            ? 'Imported 1 article.'
            : `Imported ${n} articles.`,
      duplicates: (n: number) =>
        n === 1
          ? '1 article was already present and was not imported again:'
          : `${n} articles were already present and were not imported again:`,
      invalid: (n: number) => (n === 1 ? 'This file has 1 problem:' : `This file has ${n} problems:`),
      problem: (line: number | null, message: string) =>
        line === null ? message : `Line ${line}: ${message}`,
      more: (n: number) => `and ${n} more`,
      unchanged: 'Nothing was imported; your corpus is unchanged.',
      cancelled: 'Import cancelled; your corpus is unchanged.',
      quota:
        'Not enough storage space for these articles. Nothing was imported, and the articles already in your corpus are unchanged.',
      failed: (detail: string) =>
        `The import failed: ${detail}. Nothing was imported; your corpus is unchanged.`,
      unreadable: 'the file could not be read',
    },
    exporting: {
      button: 'Export to NDJSON',
      hint: 'Saves your articles as parallax-corpus.ndjson, which you can import again here or in another browser.',
      nothing: 'There is nothing to export yet.',
    },
    welcome: {
      title: 'Welcome to Parallax',
      body: 'Parallax compares the article you are reading with what other outlets publish about the same story, inside your browser.',
      follow:
        'Follow the outlets you want to compare with: from the Parallax button on an outlet’s page, by a feed or site address below, from the suggested outlets, or with an OPML file from your feed reader. Parallax then fetches their public feeds on a schedule, without cookies.',
      history:
        'You can also let Parallax keep the articles you read, on this computer only, so that a report of the same story you read later elsewhere is compared with them. This is off unless you turn it on.',
      dismiss: 'Got it',
    },
    sources: {
      title: 'Sources',
      intro:
        'The outlets you follow. Parallax fetches their feeds and articles on your schedule and compares what you read with them.',
      loading: 'Loading your sources…',
      unavailable: (detail: string) => `Your sources could not be loaded: ${detail}`,
      failed: (detail: string) => (detail ? `That did not work: ${detail}` : 'That did not work.'),
      none: 'You follow no outlet yet. Follow one below, or from the Parallax button on an outlet’s page.',
      listLabel: 'Outlets you follow',
      nameLabel: (name: string) => `Name of ${name}`,
      saveName: 'Rename',
      renamed: (name: string) => `Renamed to ${name}.`,
      feedsLabel: 'Feeds:',
      language: (lang: string) => `Language: ${lang}`,
      languageUnknown: 'Language unknown',
      articles: (n: number) => (n === 1 ? '1 article' : `${n} articles`),
      refreshedAgo: (age: string) => `refreshed ${age}`,
      neverRefreshed: 'not refreshed yet',
      failing: (reason: string, status: number | null, age: string | null) =>
        `${age ? `Failing since ${age}` : 'Failing'}: ${reason}${status ? ` (HTTP ${status})` : ''}.`,
      failingFeed: (feed: string) => `${feed}:`,
      retryAt: (age: string) => `Next try ${age}.`,
      unfollow: 'Unfollow',
      unfollowLabel: (name: string) => `Unfollow ${name}`,
      unfollowed: (name: string) => (name ? `You no longer follow ${name}.` : 'Unfollowed.'),
      refreshNow: 'Refresh now',
      refreshing: (done: number, total: number) =>
        total > 0 ? `Refreshing: ${done} of ${total} feeds` : 'Refreshing…',
      refreshProgressLabel: 'Refresh progress',
      refreshed: (added: number, failed: number) =>
        `Refreshed: ${added === 1 ? '1 new article' : `${added} new articles`}${
          failed > 0 ? `; ${failed === 1 ? '1 feed' : `${failed} feeds`} could not be read` : ''
        }.`,
      refreshBusy: 'A refresh is already running; it goes on.',
      refreshFailed: 'The refresh failed.',
      lastRefresh: (age: string) => `Last refresh ${age}.`,
      noRefreshYet: 'No refresh yet.',
      nextRefresh: (when: string) => `Next refresh ${when}.`,
      manualOnly: 'Refreshed only when you click “Refresh now”.',
      followTitle: 'Follow an outlet',
      followLabel: 'Feed or site address',
      followHint:
        'A feed (RSS, Atom or JSON Feed) or a site’s home page, which names its feed. Your browser asks you to allow Parallax to read that site.',
      followButton: 'Follow',
      starterTitle: (n: number) => `Suggested outlets (${n})`,
      starterHint:
        'Well-known outlets with public feeds. Each address comes from a public list (its source is linked).',
      starterFollow: (name: string) => `Follow ${name}`,
      starterFollowing: 'Following',
      starterSource: 'source',
      starterMeta: (region: string, lang: string) => `${region} · ${lang}`,
      opml: {
        title: 'Import and export (OPML)',
        hint: 'OPML is the list format of feed readers: bring your list from another reader, or take yours elsewhere.',
        fileLabel: 'Choose an OPML file',
        ready: (n: number, fileName: string) =>
          `${fileName} lists ${n === 1 ? '1 feed' : `${n} feeds`}. Your browser will ask you to allow Parallax to read their sites.`,
        follow: (n: number) => (n === 1 ? 'Follow its feed' : `Follow its ${n} feeds`),
        working: (fileName: string) => `Following the feeds of ${fileName}…`,
        done: (followed: number, already: number, skipped: number) =>
          [
            followed === 1 ? 'Followed 1 feed' : `Followed ${followed} feeds`,
            already > 0 ? `${already} already followed` : null,
            skipped > 0 ? `${skipped} skipped` : null,
          ]
            .filter(Boolean)
            .join(', ') + '.',
        denied: 'Parallax was not allowed to read these sites, so nothing was followed.',
        unreadable: (fileName: string) => `${fileName} is not an OPML file Parallax can read.`,
        empty: (fileName: string) => `${fileName} lists no feed.`,
        export: 'Export to OPML',
        exported: (fileName: string) => `Saved ${fileName}.`,
      },
      scheduleTitle: 'Schedule and storage',
      schedule: 'Refresh the feeds',
      every: (minutes: number) =>
        minutes < 60
          ? `Every ${minutes} minutes`
          : minutes === 60
            ? 'Every hour'
            : `Every ${minutes / 60} hours`,
      manual: 'Manual only (Refresh now)',
      retentionDays: 'Keep articles for',
      days: (n: number) => (n === 1 ? '1 day' : `${n} days`),
      retentionMB: 'Use at most',
      megabytes: (n: number) => (n >= 1000 ? `${n / 1000} GB` : `${n} MB`),
      storage: (size: string, articles: number) =>
        `Storage used: ${size} for ${articles === 1 ? '1 article' : `${articles} articles`}.`,
      bytes: (n: number) =>
        n < 1000
          ? `${n} B`
          : n < 1_000_000
            ? `${Math.round(n / 1000)} kB`
            : `${(n / 1_000_000).toFixed(1)} MB`,
      historyTitle: 'Your reading',
      keepReading: 'Keep the articles I read',
      keepReadingHint:
        'Each article you open is kept on this computer (same limits as above), so a report of the same story read later elsewhere is compared with it. Off by default.',
      historyCount: (n: number) =>
        n === 1 ? '1 article kept from your reading.' : `${n} articles kept from your reading.`,
      forget: 'Forget my reading history',
      forgotten: (n: number) =>
        n === 1 ? 'Forgot 1 article of your reading.' : `Forgot ${n} articles of your reading.`,
      logTitle: 'Request log',
      logSummary: 'Every request Parallax made (the last 500)',
      logLoading: 'Loading…',
      logEmpty: 'Parallax has made no request.',
      logColumns: { time: 'Time', url: 'Address', status: 'Status', bytes: 'Size' },
      logCaption: (n: number) => (n === 1 ? '1 request, newest first' : `${n} requests, newest first`),
    },
    privacy: {
      title: 'What Parallax does with your data',
      noNetwork:
        'Reading a page never makes Parallax send a request: it reads the page you open and compares it inside your browser.',
      requests:
        'Parallax sends requests only to the outlets you follow, for their feeds and their articles, on your schedule or when you click “Refresh now”, and without cookies, so an outlet cannot tie them to your account. No request ever depends on the page you are reading.',
      log: 'The request log in Sources shows every request Parallax made.',
      storedTitle: 'What is stored, and where',
      settings: 'Your settings: in the extension’s storage (storage.local), until you change them.',
      session:
        'The results for each tab, and the text Parallax extracted from the page: in session storage, gone when the browser closes.',
      corpus: 'Your corpus: in a database (IndexedDB) inside the extension, until you remove it here.',
      live: 'Articles of the outlets you follow, and the articles you read when “Keep the articles I read” is on: in a database inside the extension, removed after the days and the storage limit you choose in Sources.',
      nothingLeaves: 'Nothing you read leaves your browser: no account, no analytics, no server of ours.',
    },
  },
  feeds: {
    /** Why a feed or an article page could not be had, as the end of a sentence. */
    error: {
      'not-found': 'the address answers “not found”',
      forbidden: 'the outlet refuses the request',
      'rate-limited': 'the outlet asked Parallax to wait before asking again',
      'server-error': 'the outlet’s server has an error',
      'http-error': 'the outlet answered with an error',
      timeout: 'the outlet did not answer in time',
      'too-large': 'the answer is larger than Parallax reads',
      'not-a-feed': 'the address is not an RSS, Atom or JSON feed',
      malformed: 'the feed is broken and cannot be read',
      'redirect-not-allowed': 'the feed moved to an address you have not allowed',
      'not-html': 'the article link is not a web page',
      network: 'the outlet could not be reached',
      'backing-off': 'it failed recently and waits before Parallax asks again',
    } satisfies Record<FeedErrorCode, string>,
  },
} as const;
