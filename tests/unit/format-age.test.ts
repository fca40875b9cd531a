import { describe, expect, it } from 'vitest';
import { formatAge } from '@/components/format';
import { closeness } from '@/lib/closeness';
import { openableUrl } from '@/lib/links';

const NOW = Date.parse('2026-12-02T15:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('formatAge', () => {
  it('says how long ago, in the reader’s words', () => {
    expect(formatAge(ago(20_000), NOW)).toBe('just now');
    expect(formatAge(ago(12 * MIN), NOW)).toBe('12 min ago');
    expect(formatAge(ago(3 * HOUR + 5 * MIN), NOW)).toBe('3 hr ago');
    expect(formatAge(ago(26 * HOUR), NOW)).toBe('yesterday');
    expect(formatAge(ago(4 * 24 * HOUR), NOW)).toBe('4 days ago');
    expect(formatAge(NOW - 12 * MIN, NOW)).toBe('12 min ago');
  });

  it('counts a date without a time in days', () => {
    expect(formatAge('2026-12-02', NOW)).toBe('today');
    expect(formatAge('2026-12-01', NOW)).toBe('yesterday');
    expect(formatAge('2026-11-29', NOW)).toBe('3 days ago');
  });

  it('gives the date past a week, or when the clock says it is in the future', () => {
    expect(formatAge('2025-04-08', NOW)).toBe('8 Apr 2025');
    expect(formatAge('2025-04-08T10:00:00Z', NOW)).toBe('8 Apr 2025');
    expect(formatAge('2026-12-09T10:00:00Z', NOW)).toBe('9 Dec 2026');
    expect(formatAge(ago(-2 * MIN), NOW)).toBe('just now');
  });

  it('says when the date is missing, and keeps an unreadable one as it is', () => {
    expect(formatAge(null, NOW)).toBe('date unknown');
    expect(formatAge('', NOW)).toBe('date unknown');
    expect(formatAge('spring 2025', NOW)).toBe('spring 2025');
  });
});

describe('closeness', () => {
  it('words the verdict and how alike the texts are (not the score, which nears 1 for any same-story pair)', () => {
    expect(closeness({ verdict: 'same-story', score: 0.99, similarity: 0.93 })).toBe('very-close');
    expect(closeness({ verdict: 'same-story', score: 0.99, similarity: 0.74 })).toBe('close');
    // A stored result without similarity: never "very close" on the score alone.
    expect(closeness({ verdict: 'same-story', score: 0.99 })).toBe('close');
    expect(closeness({ verdict: 'related', score: 0.3 })).toBe('related');
    expect(closeness({ verdict: 'different', score: 1 })).toBe('different');
  });
});

describe('openableUrl', () => {
  it('opens only absolute http(s) addresses', () => {
    expect(openableUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(openableUrl('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/x');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'chrome-extension://id/options.html',
      '/rel',
      '',
      null,
    ])
      expect(openableUrl(bad)).toBeNull();
  });
});
