/** Function words and the reporting verbs every news text uses: they say nothing of the claim. */
const WORDS = `a about above after again against all almost along already also although always am
among an and another any anyone anything are around as at be became because become been before
being below between both but by can cannot could did do does doing done down during each either
else enough even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less let like made make many may
me might more most much must my myself neither no nor not now of off often on once only or other
others otherwise our ours ourselves out over own per perhaps quite rather really same shall she
should since so some something still such than that the their theirs them themselves then there
these they this those though through thus to too toward towards under until up upon us very via
was we well were what whatever when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves
say says said saying tell tells told add adds added according stated states stating
asked ask asks noted note notes wrote write writes mr mrs ms dr get got go goes going went
told statement reportedly reported report reports claimed claim claims
told just made several including include includes included`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
