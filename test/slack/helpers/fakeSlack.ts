// A fake Slack on 127.0.0.1: Web API methods, response_url endpoints and the file upload
// URL. It records every request so tests can see exactly what the bot sent.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  path: string;
  headers: IncomingMessage['headers'];
  raw: string;
  /** JSON body, or form fields (JSON-looking fields parsed) for Web API calls. */
  body: Record<string, unknown>;
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

export class FakeSlack {
  requests: Recorded[] = [];
  private server: Server;
  private waiters: (() => void)[] = [];
  port = 0;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        this.requests.push({ path, headers: req.headers, raw, body: parseBody(raw, req.headers['content-type']) });
        const reply = this.route(path);
        res.writeHead(200, { 'content-type': typeof reply === 'string' ? 'text/plain' : 'application/json' });
        res.end(typeof reply === 'string' ? reply : JSON.stringify(reply));
        for (const w of this.waiters.splice(0)) w();
      });
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

  private route(path: string): unknown {
    switch (path) {
      case '/api/auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://example.slack.com/' };
      case '/api/conversations.open':
        return { ok: true, channel: { id: 'D0USER' } };
      case '/api/files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.base}/upload/F0CSV`, file_id: 'F0CSV' };
      case '/api/files.completeUploadExternal':
        return { ok: true, files: [{ id: 'F0CSV', title: 'csv' }] };
      case '/api/views.open':
      case '/api/views.update':
        return { ok: true, view: { id: 'V1', hash: 'h2' } };
      case '/api/chat.postMessage':
      case '/api/chat.postEphemeral':
        return { ok: true, channel: 'C1', ts: '2.2', message_ts: '2.2' };
      default:
        if (path.startsWith('/upload/')) return 'OK - 1';
        // Used by bench/slackLoad.ts, which drives the bot from another process.
        if (path.startsWith('/__count?')) {
          const prefix = new URLSearchParams(path.slice('/__count?'.length)).get('prefix') ?? '';
          const hits = this.to(prefix);
          return { count: hits.length, distinct: new Set(hits.map((r) => r.path)).size, withBlocks: hits.filter((r) => Array.isArray(r.body.blocks)).length };
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
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  to(prefix: string): Recorded[] {
    return this.requests.filter((r) => r.path.startsWith(prefix));
  }

  /** Resolves once `count` recorded requests match, or rejects after `ms` (a hang guard, not a timing check). */
  async waitFor(prefix: string, count = 1, ms = 10_000): Promise<Recorded[]> {
    const deadline = Date.now() + ms;
    while (this.to(prefix).length < count) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} request(s) to ${prefix}; saw ${this.requests.map((r) => r.path).join(', ')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return this.to(prefix);
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
