// Bolt's HTTPReceiver with our own signature and timestamp check in front of it: a
// request that fails is answered 401 before its body is parsed or any listener runs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type Logger } from '@slack/bolt';
import { verifyRequest } from './verify.ts';

export const EVENTS_PATH = '/slack/events';
/** Slash commands and interaction payloads are small; refuse anything large unread. */
const BODY_LIMIT = 1024 * 1024;

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

export function createVerifyingReceiver(signingSecret: string, logger: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, endpoints: EVENTS_PATH, logger });
  const inner = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || path !== EVENTS_PATH) return inner(req, res);
    readBody(req, BODY_LIMIT).then(
      (rawBody) => {
        if (rawBody === null) return reply(res, 413);
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
        // Bolt reuses a buffered body instead of reading the stream again.
        Object.assign(req, { rawBody });
        try {
          inner(req, res);
        } catch (error) {
          logger.error(`receiver failed: ${String(error)}`);
          if (!res.headersSent) reply(res, 500);
        }
      },
      () => reply(res, 400),
    );
  };
  return receiver;
}
