// The background hears where its own redirected requests went; the feed client asks here.
import { describe, expect, it } from 'vitest';
import { createRedirectLog } from '../../lib/feeds/redirect-log';

describe('redirect log', () => {
  it('answers a redirect heard before the client asks, relative locations made absolute, once', async () => {
    const log = createRedirectLog({ waitMs: 50 });
    log.heard('https://news.example/old/feed#x', '/rss.xml');
    expect(await log.target('https://news.example/old/feed')).toBe('https://news.example/rss.xml');
    // Asked twice: the second request's redirect has not been heard.
    expect(await log.target('https://news.example/old/feed')).toBeNull();
  });

  it('waits for a redirect the browser tells after the fetch answered', async () => {
    const log = createRedirectLog({ waitMs: 1_000 });
    const asked = log.target('https://news.example/a');
    setTimeout(() => log.heard('https://news.example/a', 'https://cdn.news.example/a'), 10);
    expect(await asked).toBe('https://cdn.news.example/a');
  });

  it('answers null when no redirect is heard in time, and forgets old ones', async () => {
    let t = 0;
    const log = createRedirectLog({ waitMs: 20, keepMs: 1_000, now: () => t });
    expect(await log.target('https://news.example/never')).toBeNull();
    log.heard('https://news.example/stale', '/new');
    t = 5_000;
    expect(await log.target('https://news.example/stale')).toBeNull();
    log.heard('not a url', '/x');
    log.heard('https://news.example/bad', 'http://[::1');
    expect(await log.target('https://news.example/bad')).toBeNull();
  });
});
