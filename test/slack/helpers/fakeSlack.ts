// A fake Slack on 127.0.0.1: Web API methods, response_url endpoints, the file upload URL
// and a Socket Mode WebSocket. It records every request so tests can see exactly what the
// bot sent, refuses payloads that break Block Kit limits the way Slack does (HTTP 400
// `invalid_blocks` on a response_url, `ok: false` from the Web API), and can be told to
// fail, expire or stall particular calls.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { limitViolations } from './slackLimits.ts';

export interface Recorded {
  path: string;
  headers: IncomingMessage['headers'];
  raw: string;
  /** JSON body, or form fields (JSON-looking fields parsed) for Web API calls. */
  body: Record<string, unknown>;
  /** Set when the fake refused the payload (what Slack would answer). */
  refused?: string;
  /** The injected fault this request got, if any. */
  fault?: Fault;
}

/** One injected fault, used once: an HTTP status and body, a Web API error, or a delay before answering. */
export interface Fault {
  status?: number;
  body?: unknown;
  /** Web API `{ ok: false, error }`. */
  error?: string;
  /** Answer only after this many ms (the request is recorded, i.e. carried out, at once). */
  delayMs?: number;
  /** Extra response headers, e.g. Retry-After with status 429. */
  headers?: Record<string, string>;
  /** Read the request, then destroy the connection without answering (a reset after Slack took it). */
  reset?: boolean;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(raw)) {
      try {
        out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
      } catch {
        out[k] = v;
      }
    }
    return out;
  }
  return {};
}

const POSTING = ['/api/chat.postMessage', '/api/chat.postEphemeral'];

/** A server-side WebSocket with just what Socket Mode needs: text frames, ping/pong, close. */
export class FakeSocket {
  received: Record<string, unknown>[] = [];
  closed = false;
  private buffer = Buffer.alloc(0);

  constructor(private readonly socket: Duplex) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => (this.closed = true));
    socket.on('error', () => (this.closed = true));
  }

  private frame(opcode: number, payload: Buffer): Buffer {
    const len = payload.length;
    const head =
      len < 126
        ? Buffer.from([0x80 | opcode, len])
        : len < 65536
          ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 255])
          : Buffer.concat([Buffer.from([0x80 | opcode, 127]), Buffer.from(new BigUint64Array([BigInt(len)]).buffer).reverse()]);
    return Buffer.concat([head, payload]);
  }

  send(message: unknown): void {
    if (!this.closed) this.socket.write(this.frame(0x1, Buffer.from(JSON.stringify(message))));
  }

  /** Drop the connection without a close frame, as a network failure would. */
  kill(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 2) {
      const opcode = this.buffer[0] & 0x0f;
      let len = this.buffer[1] & 0x7f;
      let offset = 2;
      if (len === 126) {
        len = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        len = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (this.buffer[1] & 0x80) !== 0;
      const total = offset + (masked ? 4 : 0) + len;
      if (this.buffer.length < total) return;
      const mask = masked ? this.buffer.subarray(offset, offset + 4) : null;
      const payload = Buffer.from(this.buffer.subarray(offset + (masked ? 4 : 0), total));
      if (mask) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
      this.buffer = this.buffer.subarray(total);
      if (opcode === 0x1) this.received.push(JSON.parse(payload.toString('utf8')) as Record<string, unknown>);
      else if (opcode === 0x9) this.socket.write(this.frame(0xa, payload));
      else if (opcode === 0x8) {
        if (!this.closed) this.socket.end(this.frame(0x8, payload.subarray(0, 2)));
        this.closed = true;
      }
    }
  }
}

/** A message the fake holds as posted, as conversations.replies returns it. */
export interface Posted {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: unknown;
  metadata?: unknown;
}

export class FakeSlack {
  requests: Recorded[] = [];
  /** Visible messages posted with chat.postMessage, oldest first. */
  posted: Posted[] = [];
  /** Socket Mode connections, newest last. */
  sockets: FakeSocket[] = [];
  private server: Server;
  private waiters: (() => void)[] = [];
  private faults = new Map<string, Fault[]>();
  port = 0;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        const fault = this.takeFault(path);
        const rec: Recorded = { path, headers: req.headers, raw, body: parseBody(raw, req.headers['content-type']), ...(fault ? { fault } : {}) };
        const payloadCheck = path.startsWith('/response/') || POSTING.includes(path);
        if (!fault && payloadCheck && !('delete_original' in rec.body)) {
          const problems = limitViolations(rec.body as { text?: string; blocks?: unknown[] });
          if (problems.length > 0) rec.refused = `invalid_blocks: ${problems.join('; ')}`;
        }
        this.requests.push(rec);
        for (const w of this.waiters.splice(0)) w();
        const answer = () => {
          if (fault?.reset) return void req.socket.destroy();
          if (fault?.status || (rec.refused && path.startsWith('/response/'))) {
            res.writeHead(fault?.status ?? 400, { 'content-type': 'text/plain', ...fault?.headers });
            res.end(String(fault?.body ?? 'invalid_blocks'));
            return;
          }
          const reply = fault?.error || rec.refused ? { ok: false, error: fault?.error ?? 'invalid_blocks' } : this.route(path, rec.body);
          res.writeHead(200, { 'content-type': typeof reply === 'string' ? 'text/plain' : 'application/json' });
          res.end(typeof reply === 'string' ? reply : JSON.stringify(reply));
        };
        if (fault?.delayMs) setTimeout(answer, fault.delayMs);
        else answer();
      });
    });
    this.server.on('upgrade', (req, socket) => {
      const key = String(req.headers['sec-websocket-key'] ?? '');
      const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      const ws = new FakeSocket(socket);
      this.sockets.push(ws);
      ws.send({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } });
      for (const w of this.waiters.splice(0)) w();
    });
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get apiUrl(): string {
    return `${this.base}/api/`;
  }
  responseUrl(id: string): string {
    return `${this.base}/response/${id}`;
  }

  /** The next `times` requests whose path starts with `prefix` get `fault`. */
  fail(prefix: string, fault: Fault, times = 1): void {
    this.faults.set(prefix, [...(this.faults.get(prefix) ?? []), ...Array.from({ length: times }, () => fault)]);
  }

  private takeFault(path: string): Fault | undefined {
    for (const [prefix, list] of this.faults) {
      if (path.startsWith(prefix) && list.length > 0) return list.shift();
    }
    return undefined;
  }

  private route(path: string, body: Record<string, unknown>): unknown {
    switch (path) {
      case '/api/auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://example.slack.com/' };
      case '/api/apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/link/?ticket=${this.sockets.length + 1}` };
      case '/api/conversations.open':
        return { ok: true, channel: { id: 'D0USER' } };
      case '/api/files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.base}/upload/F0CSV`, file_id: 'F0CSV' };
      case '/api/files.completeUploadExternal':
        return { ok: true, files: [{ id: 'F0CSV', title: 'csv' }] };
      case '/api/views.open':
      case '/api/views.update':
        return { ok: true, view: { id: 'V1', hash: 'h2' } };
      case '/api/chat.postMessage': {
        // Every message gets its own ts; metadata is kept with it (Slack: message metadata).
        const ts = `1800000000.${String(this.posted.length + 1).padStart(6, '0')}`;
        const channel = String(body.channel ?? '');
        this.posted.push({
          channel,
          ts,
          ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}),
          text: body.text,
          ...(body.metadata ? { metadata: body.metadata } : {}),
        });
        return { ok: true, channel, ts, message: { ts, text: body.text } };
      }
      case '/api/chat.postEphemeral':
        return { ok: true, message_ts: '2.2' };
      case '/api/conversations.replies': {
        // A thread: its parent and replies. Metadata only when asked (include_all_metadata, default false).
        const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const messages = this.posted
          .filter((m) => m.channel === body.channel && (m.thread_ts === body.ts || m.ts === body.ts))
          .map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m));
        return { ok: true, messages, has_more: false };
      }
      default:
        if (path.startsWith('/upload/')) return 'OK - 1';
        // Used by bench/slackLoad.ts, which drives the bot from another process.
        if (path.startsWith('/__count?')) {
          const prefix = new URLSearchParams(path.slice('/__count?'.length)).get('prefix') ?? '';
          const hits = this.to(prefix);
          return {
            count: hits.length,
            distinct: new Set(hits.map((r) => r.path)).size,
            withBlocks: hits.filter((r) => Array.isArray(r.body.blocks)).length,
            refused: hits.filter((r) => r.refused).length,
          };
        }
        if (path.startsWith('/response/')) return 'ok';
        return { ok: false, error: 'unknown_method' };
    }
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.kill();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  to(prefix: string): Recorded[] {
    return this.requests.filter((r) => r.path.startsWith(prefix));
  }

  /** Resolves once `count` recorded requests match, or rejects after `ms` (a hang guard, not a timing check). */
  async waitFor(prefix: string, count = 1, ms = 10_000): Promise<Recorded[]> {
    await this.until(
      () => this.to(prefix).length >= count,
      ms,
      () => `${count} request(s) to ${prefix}; saw ${this.requests.map((r) => r.path).join(', ')}`,
    );
    return this.to(prefix);
  }

  /** Resolves once `ready()` holds, checked after every request and connection (a hang guard, not a timing check). */
  async until(ready: () => boolean, ms = 10_000, what: () => string = () => 'condition'): Promise<void> {
    const deadline = Date.now() + ms;
    while (!ready()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }
}

/** The file bytes of a multipart/form-data upload (the Web API posts files that way). */
export function uploadedFile(rec: Recorded): string {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(String(rec.headers['content-type']));
  if (!boundary) return rec.raw;
  const parts = rec.raw.split(`--${boundary[1] ?? boundary[2]}`).slice(1, -1);
  const part = parts.find((p) => p.includes('filename=')) ?? parts[0];
  const body = part.slice(part.indexOf('\r\n\r\n') + 4);
  return body.endsWith('\r\n') ? body.slice(0, -2) : body;
}
