// assets/outlets.json, the starter list of real outlets: every address is https, no feed is
// listed twice, languages and regions are real codes, and every entry names the public page
// that lists its feed (a source anyone can check; no address is made up).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface StarterOutlet {
  name: string;
  site: string;
  feeds: string[];
  lang: string;
  region: string;
  source: string;
}

const outlets = JSON.parse(
  readFileSync(new URL('../../assets/outlets.json', import.meta.url), 'utf8'),
) as StarterOutlet[];

const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const https = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && u.href === s;
  } catch {
    return false;
  }
};

describe('assets/outlets.json', () => {
  it('is a list of outlets with exactly the expected fields', () => {
    expect(Array.isArray(outlets)).toBe(true);
    expect(outlets.length).toBeGreaterThanOrEqual(8);
    for (const o of outlets) {
      expect(Object.keys(o).sort(), o.name).toEqual(['feeds', 'lang', 'name', 'region', 'site', 'source']);
      expect(o.name.trim(), JSON.stringify(o)).not.toBe('');
      expect(o.feeds.length, o.name).toBeGreaterThan(0);
    }
    expect(new Set(outlets.map((o) => o.name)).size).toBe(outlets.length);
  });

  it('uses https only, for the site, every feed and the source', () => {
    for (const o of outlets) {
      expect(https(o.site), `${o.name} site ${o.site}`).toBe(true);
      for (const f of o.feeds) expect(https(f), `${o.name} feed ${f}`).toBe(true);
      expect(https(o.source), `${o.name} source ${o.source}`).toBe(true);
    }
  });

  it('lists every feed once', () => {
    const feeds = outlets.flatMap((o) => o.feeds.map((f) => f.toLowerCase().replace(/\/$/, '')));
    expect(new Set(feeds).size).toBe(feeds.length);
  });

  it('gives a BCP 47 primary language tag and an ISO 3166-1 alpha-2 region', () => {
    for (const o of outlets) {
      expect(o.lang, o.name).toMatch(/^[a-z]{2,3}$/);
      expect(languages.of(o.lang), `${o.name} lang ${o.lang}`).toBeDefined();
      expect(o.region, o.name).toMatch(/^[A-Z]{2}$/);
      expect(regions.of(o.region), `${o.name} region ${o.region}`).toBeDefined();
    }
    expect(regions.of('XQ')).toBeUndefined(); // the check rejects codes that are no country
    expect(languages.of('qq')).toBeUndefined();
  });

  it('covers several languages', () => {
    const langs = new Set(outlets.map((o) => o.lang));
    for (const l of ['en', 'de', 'fr', 'es']) expect(langs.has(l), l).toBe(true);
  });
});
