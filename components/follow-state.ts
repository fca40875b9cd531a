/**
 * What following an outlet looks like to the reader: the steps of one follow (asking, a
 * further permission to allow, the outcome) and the words for each of the background's codes.
 * Pure: the popup and the options page share it.
 */
import type { FeedErrorCode } from '@/lib/feeds/types';
import type { FollowReply } from '@/lib/protocol';
import { strings } from './strings';

const t = strings.follow;

/** The background's reply, or the reader refusing the permission the click asked for. */
export type FollowOutcome = FollowReply | { code: 'denied'; origins: string[] };

export type FollowFlow =
  | { kind: 'idle' }
  | { kind: 'working' }
  /** The feed or its articles are on more hosts: "Allow <host>" asks for `origins`, then retries. */
  | { kind: 'needs-permission'; origins: string[] }
  | { kind: 'done'; ok: boolean; text: string };

export const IDLE_FLOW: FollowFlow = { kind: 'idle' };

/** The host names of origins or match patterns, for "Allow <host>". */
export function hostsOf(origins: readonly string[]): string[] {
  const out = new Set<string>();
  for (const o of origins) {
    try {
      out.add(new URL(o.replace(/\/\*$/, '/')).hostname);
    } catch {
      // not an origin: nothing to name
    }
  }
  return [...out];
}

export const hostList = (origins: readonly string[]): string => hostsOf(origins).join(t.hostJoin);

/** A feed's error code as the end of a sentence. */
export function feedErrorWords(code: FeedErrorCode | null | undefined): string {
  return (code && strings.feeds.error[code]) || t.unknownReason;
}

/** The step a follow's outcome leads to; `name` is the outlet's name as the reader saw it. */
export function flowOf(outcome: FollowOutcome, name: string): FollowFlow {
  switch (outcome.code) {
    case 'denied':
      return { kind: 'done', ok: false, text: t.denied };
    case 'needs-permission':
      return outcome.origins && outcome.origins.length > 0
        ? { kind: 'needs-permission', origins: outcome.origins }
        : { kind: 'done', ok: false, text: t.denied };
    case 'followed':
    case 'already-followed':
      return { kind: 'done', ok: true, text: t.reply[outcome.code](outcome.outlet?.name ?? name) };
    case 'feed-error':
      return { kind: 'done', ok: false, text: t.reply['feed-error'](feedErrorWords(outcome.error)) };
    default:
      return { kind: 'done', ok: false, text: (t.reply[outcome.code] as (arg: string) => string)('') };
  }
}
