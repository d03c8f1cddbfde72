// Slack request signing (v0): HMAC-SHA256 of "v0:<timestamp>:<raw body>" with the signing
// secret. Bolt's own check rejects stale timestamps but accepts future-dated ones, so
// this check enforces the 5-minute window in both directions.
import { createHmac, timingSafeEqual } from 'node:crypto';

const MAX_SKEW_SECONDS = 5 * 60;

export interface SignedRequest {
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Buffer | string;
}

export function signBody(signingSecret: string, timestamp: number | string, rawBody: Buffer | string): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

/** What the headers alone show (no body needed): a fresh timestamp and a v0 signature of the right form; null when fine. */
export function requestShapeProblem(req: Omit<SignedRequest, 'rawBody'>, nowSeconds = Math.floor(Date.now() / 1000)): string | null {
  if (!req.timestamp || !/^\d{1,12}$/.test(req.timestamp)) return 'missing or malformed x-slack-request-timestamp';
  if (!req.signature) return 'missing x-slack-signature';
  if (!/^v0=[0-9a-f]{64}$/.test(req.signature)) return 'malformed x-slack-signature';
  const skew = Number(req.timestamp) - nowSeconds;
  if (skew < -MAX_SKEW_SECONDS) return 'timestamp is more than 5 minutes old';
  if (skew > MAX_SKEW_SECONDS) return 'timestamp is more than 5 minutes in the future';
  return null;
}

/** Returns null when the request is authentic and fresh, else the reason for the log. */
export function verifyRequest(signingSecret: string, req: SignedRequest, nowSeconds = Math.floor(Date.now() / 1000)): string | null {
  const shape = requestShapeProblem(req, nowSeconds);
  if (shape !== null) return shape;
  // Both headers are present once the shape check passed.
  const expected = Buffer.from(signBody(signingSecret, req.timestamp ?? '', req.rawBody));
  const given = Buffer.from(req.signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'signature mismatch';
  return null;
}
