// How the bot's Web API clients retry and time out. A posting call (chat.postMessage, a
// file upload) that timed out, lost its connection or got a 5xx may still have been
// posted, and retrying it posts twice; so only rate-limited calls (HTTP 429: Slack did not
// run them) are retried, after Retry-After. @slack/web-api 8 wraps its own 429 retry error
// as a generic request error, so the client is told to reject 429s with its coded
// WebAPIRateLimitedError instead, and retryRateLimited() waits and retries on that code.
import { webApi } from '@slack/bolt';

/** Requests made without their own deadline (Bolt's respond() to a response_url, file bytes) give up after this. */
export const HTTP_TIMEOUT_MS = 10_000;
const MAX_RATE_LIMIT_RETRIES = 3;
/** A longer wait than this is not worth holding an answer for: the fallback route goes instead. */
const MAX_RETRY_AFTER_S = 30;

/** fetch with a deadline when the caller set none (undici's own is 5 minutes). */
export const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, init?.signal ? init : { ...init, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });

/** Options for every Web API client the bot makes (Bolt also answers response_urls with this fetch). */
export const postingSafeClient = {
  retryConfig: { retries: 0 },
  rejectRateLimitedCalls: true,
  fetch: fetchWithTimeout,
} satisfies webApi.WebClientOptions;

export function isRateLimited(error: unknown): error is { retryAfter: number } {
  return (error as { code?: string } | null)?.code === webApi.ErrorCode.RateLimitedError;
}

/** Runs `call`, and again after Retry-After each time Slack answers 429 (up to 3 retries). */
export async function retryRateLimited<T>(call: () => Promise<T>, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRateLimited(error) || attempt >= MAX_RATE_LIMIT_RETRIES || error.retryAfter > MAX_RETRY_AFTER_S) throw error;
      await sleep(Math.max(1, error.retryAfter) * 1000);
    }
  }
}
