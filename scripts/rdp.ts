/**
 * A minimal client of Firefox's Remote Debugging Protocol (the one about:debugging and web-ext
 * speak), for what WebDriver BiDi cannot do in Firefox yet: BiDi skips every document with an
 * extension principal (Mozilla bug 1755014), so the background page and the extension's own
 * pages (popup, sidebar, options, the frames on news pages) are reached here, through the
 * add-on's watcher: each of its documents is a target with a console that evaluates script.
 * Only used by the Firefox end-to-end harness (scripts/firefox.ts); Firefox listens on a
 * loopback port opened with --start-debugger-server.
 */
import { connect, type Socket } from 'node:net';

interface Packet {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

/** Packets that are events, not replies to a request (they never settle a pending request). */
const EVENT_TYPES = new Set([
  'evaluationResult',
  'target-available-form',
  'target-destroyed-form',
  'resource-available-form',
  'resources-available-array',
  'resources-updated-array',
  'resources-destroyed-array',
  'tabListChanged',
  'addonListChanged',
  'frameUpdate',
  'tabNavigated',
  'workerListChanged',
  'descriptor-destroyed',
]);

export interface RdpTarget {
  actor: string;
  url: string;
  consoleActor: string;
}

export class RdpClient {
  private buffer = Buffer.alloc(0);
  private pending = new Map<string, ((p: Packet) => void)[]>();
  private listeners = new Set<(p: Packet) => void>();
  /** Evaluation results by id: one may arrive in the same chunk as the request's reply. */
  private results = new Map<string, Packet>();

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
  }

  /** Connects to 127.0.0.1:port, retrying while Firefox is still opening it. */
  static async connect(port: number, timeoutMs = 20_000): Promise<RdpClient> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((done, fail) => {
          const s = connect(port, '127.0.0.1', () => done(s));
          s.once('error', fail);
        });
        const client = new RdpClient(socket);
        await client.waitFor((p) => p.from === 'root' && 'applicationType' in p);
        return client;
      } catch (err) {
        if (Date.now() > end) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  private drain(): void {
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (packet.type === 'evaluationResult') this.results.set(String(packet.resultID), packet);
      for (const l of [...this.listeners]) l(packet);
      if (packet.type && EVENT_TYPES.has(packet.type)) continue;
      this.pending.get(packet.from)?.shift()?.(packet);
    }
  }

  on(listener: (p: Packet) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first packet `pred` accepts (from now on). */
  waitFor(pred: (p: Packet) => boolean): Promise<Packet> {
    return new Promise((done) => {
      const off = this.on((p) => {
        if (pred(p)) {
          off();
          done(p);
        }
      });
    });
  }

  /** One request; actors answer in order, so replies are matched per actor. */
  async request(to: string, type: string, extra: Record<string, unknown> = {}): Promise<Packet> {
    const text = JSON.stringify({ to, type, ...extra });
    const reply = new Promise<Packet>((done) => {
      const queue = this.pending.get(to) ?? [];
      queue.push(done);
      this.pending.set(to, queue);
    });
    this.socket.write(`${Buffer.byteLength(text)}:${text}`);
    const packet = await reply;
    if (packet.error) throw new Error(`${to} ${type}: ${packet.error} ${packet.message ?? ''}`);
    return packet;
  }

  /**
   * Evaluates `source` (an expression; a promise is awaited) in a target's console and returns
   * its value, which must be a string (callers JSON-encode). Throws the page's exception.
   */
  async evaluate(consoleActor: string, source: string): Promise<string | undefined> {
    const { resultID } = (await this.request(consoleActor, 'evaluateJSAsync', {
      text: source,
      mapped: { await: true },
    })) as Packet & { resultID: string };
    const result = (this.results.get(resultID) ??
      (await this.waitFor((p) => p.type === 'evaluationResult' && p.resultID === resultID))) as Packet & {
      hasException?: boolean;
      exceptionMessage?: string;
      result?: unknown;
    };
    this.results.delete(resultID);
    if (result.hasException) throw new Error(String(result.exceptionMessage ?? 'exception'));
    const value = result.result;
    if (typeof value === 'string') return value;
    const grip = value as { type?: string; actor?: string; length?: number } | null;
    if (grip?.type === 'longString' && grip.actor) {
      const { substring } = (await this.request(grip.actor, 'substring', {
        start: 0,
        end: grip.length,
      })) as Packet & { substring: string };
      return substring;
    }
    return undefined;
  }

  close(): void {
    this.socket.destroy();
  }
}
