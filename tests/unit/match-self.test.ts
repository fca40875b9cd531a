import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher, loadIndex, serializeIndex } from '../../lib/match';
import type { CorpusArticle, CorpusFile } from '../../lib/types';

const corpus = JSON.parse(
  readFileSync(new URL('../../assets/corpus.json', import.meta.url), 'utf8'),
) as CorpusFile;

const HEADER =
  'Skip to main content. Subscribe for $1 a week. Sign in. World Politics Business Opinion Sport Culture. ' +
  'Advertisement. Share this article on Facebook, X or by email. Listen to this article.\n\n';
const FOOTER =
  '\n\nRelated stories: more from our correspondents. Most read today. Get the morning briefing in your inbox. ' +
  'Privacy policy. Terms of use. Contact us. All rights reserved. Cookie settings.';

const paragraphs = (a: CorpusArticle) => a.text.split(/\n\s*\n/).filter((p) => p.trim());
const cut = (a: CorpusArticle) => paragraphs(a).slice(0, 2).join('\n\n');

describe('the page itself is recognized, never listed as another outlet', () => {
  const matcher = createMatcher(createIndex(corpus.articles));
  const reloaded = createMatcher(loadIndex(serializeIndex(createIndex(corpus.articles))));
  const seeds = corpus.articles.map((a) => [a.id, a] as const);

  const expectSelf = (r: ReturnType<typeof matcher.match>, id: string) => {
    expect(r.selfId).toBe(id);
    expect(r.matches.map((m) => m.id)).not.toContain(id);
  };

  it.each(seeds)('%s inside its site boilerplate, with no id, address or headline', (id, a) => {
    for (const m of [matcher, reloaded])
      expectSelf(m.match({ title: null, text: HEADER + a.text + FOOTER }), id);
  });

  it.each(seeds)('%s cut to its first two paragraphs', (id, a) => {
    for (const m of [matcher, reloaded]) expectSelf(m.match({ title: null, text: cut(a) }), id);
  });

  // A headline derived from the lead, or an article of no known outlet, names no one article.
  const headed = seeds.filter(([, a]) => a.outlet && !a.titleDerived);

  it('some seeds have an outlet and their own headline', () => expect(headed.length).toBeGreaterThan(1));

  it.each(headed)('%s by its outlet and headline, whatever the text the page gives', (id, a) => {
    const r = matcher.match({ title: a.title, outlet: a.outlet, text: paragraphs(a).slice(-3).join('\n\n') });
    expectSelf(r, id);
  });

  it('another outlet holding the same text in its page is wire copy: same story, marked identical', () => {
    const [a] = corpus.articles;
    if (!a) throw new Error('no seeds');
    const r = matcher.match({
      title: null,
      outlet: 'Another Outlet',
      url: 'https://another.example/news/1',
      text: HEADER + a.text + FOOTER,
    });
    expect(r.selfId).toBeNull();
    const copy = r.matches.find((m) => m.id === a.id);
    expect(copy?.verdict).toBe('same-story');
    expect(copy?.identical).toBe(true);
  });

  it('the same outlet with another headline and another text is not the page', () => {
    const [a, b] = corpus.articles;
    if (!a || !b) throw new Error('no seeds');
    const r = matcher.match({
      title: 'A different headline on the same war',
      outlet: a.outlet,
      text: b.text.slice(0, 400),
    });
    expect(r.selfId).not.toBe(a.id);
  });

  it('an index serialized before lead anchors were kept still loads, and still finds full copies', () => {
    const data = serializeIndex(createIndex(corpus.articles));
    const old = { ...data, docs: data.docs.map(({ a: _a, ...d }) => d) };
    const [a] = corpus.articles;
    if (!a) throw new Error('no seeds');
    expect(createMatcher(loadIndex(old)).match({ title: null, text: a.text }).selfId).toBe(a.id);
  });
});
