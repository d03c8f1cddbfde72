// The Web API client's retry policy. A posting call (chat.postMessage, files upload) that
// timed out or got a 5xx may still have been posted, and retrying it posts twice; so only
// rate-limited calls (HTTP 429: Slack did not run them) are retried, after Retry-After.
import type { webApi } from '@slack/bolt';

/** Thrown by the Web API client after waiting out a 429's Retry-After header. */
function isRateLimitRetry(error: Error): boolean {
  return error.message.startsWith('A rate limit was exceeded');
}

/** p-retry's onFailedAttempt (not in the client's declared type) stops the retries by throwing. */
export const postingSafeRetries = {
  retries: 3,
  factor: 2,
  minTimeout: 100,
  onFailedAttempt: (error: Error) => {
    if (!isRateLimitRetry(error)) throw error;
  },
} as webApi.RetryOptions;
