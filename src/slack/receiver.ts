// Bolt's HTTPReceiver with our own signature and timestamp check in front of it: a
// request that fails is answered 401 before its body is parsed or any listener runs, and
// one without a fresh timestamp and a well-formed signature before its body is read.
// Bodies over a small cap get 413 (not a reset connection); a signed body that is not a
// JSON object (`null`, `payload=1`) gets 400 before Bolt sees it; GET /healthz reports health.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type Logger } from '@slack/bolt';
import { isHealthy, type Health } from './health.ts';
import { requestShapeProblem, verifyRequest } from './verify.ts';

const EVENTS_PATH = '/slack/events';
const HEALTH_PATH = '/healthz';
/**
 * Slash commands and events are a few KB; the largest interaction payload (a click on a
 * posted answer echoes its blocks, URL-encoded) stays well under this. Anything larger is
 * refused unread, so unauthenticated bodies cannot hold much memory.
 */
export const BODY_LIMIT = 256 * 1024;

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/** The body, or null once it passes `limit` (the rest is read and discarded, so the client gets its 413). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit && !over) {
        over = true;
        chunks.length = 0;
        resolve(null);
      }
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why Bolt cannot take this body (it reads fields of the parsed value), or null. Parsed as Bolt parses it. */
export function bodyShapeProblem(contentType: string | undefined, rawBody: Buffer): string | null {
  const text = rawBody.toString('utf8');
  let json = text;
  if (contentType === 'application/x-www-form-urlencoded') {
    const payload = new URLSearchParams(text).get('payload');
    if (payload === null) return null; // a slash command: form fields
    json = payload;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'the body is not valid JSON';
  }
  return isObject(value) ? null : `the body is JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}, not an object`;
}

function reply(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, headers);
  res.end(body);
}

/** Answers without reading the body, then drops the connection: its bytes are never taken in. */
function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number): void {
  res.on('finish', () => req.socket.destroy());
  reply(res, status, '', { connection: 'close' });
}

export function serveHealth(res: ServerResponse, health: Health): void {
  reply(res, isHealthy(health) ? 200 : 503, JSON.stringify(health), { 'content-type': 'application/json' });
}

export function createVerifyingReceiver(signingSecret: string, logger: Logger, health?: Health): HTTPReceiver {
  // Every request to EVENTS_PATH is verified below before Bolt sees it; Bolt checking again only costs the acks time.
  const receiver = new HTTPReceiver({ signingSecret, endpoints: EVENTS_PATH, logger, signatureVerification: false });
  const inner = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (health && req.method === 'GET' && path === HEALTH_PATH) return serveHealth(res, health);
    if (req.method !== 'POST' || path !== EVENTS_PATH) return inner(req, res);
    const unsigned = requestShapeProblem({ timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') });
    // Slack's certificate probe is the one unsigned request; it is a tiny form body.
    const mayBeSslCheck = header(req, 'content-type') === 'application/x-www-form-urlencoded' && Number(header(req, 'content-length') ?? Infinity) <= 64;
    if (unsigned !== null && !mayBeSslCheck) {
      logger.warn(`rejected request from ${req.socket.remoteAddress} unread: ${unsigned}`);
      return refuseUnread(req, res, 401);
    }
    if (Number(header(req, 'content-length') ?? 0) > BODY_LIMIT) {
      logger.warn(`refused a ${header(req, 'content-length')}-byte request from ${req.socket.remoteAddress} (413)`);
      return refuseUnread(req, res, 413);
    }
    readBody(req, BODY_LIMIT).then(
      (rawBody) => {
        if (rawBody === null) return reply(res, 413, '', { connection: 'close' });
        // Slack's unsigned certificate probe: answer 200 and do nothing else.
        if (header(req, 'content-type') === 'application/x-www-form-urlencoded' && new URLSearchParams(rawBody.toString()).get('ssl_check') === '1') {
          return reply(res, 200);
        }
        const problem = verifyRequest(signingSecret, {
          timestamp: header(req, 'x-slack-request-timestamp'),
          signature: header(req, 'x-slack-signature'),
          rawBody,
        });
        if (problem !== null) {
          logger.warn(`rejected request from ${req.socket.remoteAddress}: ${problem}`);
          return reply(res, 401);
        }
        const shape = bodyShapeProblem(header(req, 'content-type'), rawBody);
        if (shape !== null) {
          logger.warn(`refused a signed request from ${req.socket.remoteAddress}: ${shape} (400)`);
          return reply(res, 400, shape, { 'content-type': 'text/plain' });
        }
        // Bolt reuses a buffered body instead of reading the stream again.
        Object.assign(req, { rawBody });
        try {
          inner(req, res);
        } catch (error) {
          logger.error(`receiver failed: ${String(error)}`);
          reply(res, 500);
        }
      },
      () => reply(res, 400),
    );
  };
  return receiver;
}
