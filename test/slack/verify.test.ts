import { describe, expect, it } from 'vitest';
import { signBody, verifyRequest } from '../../src/slack/verify.ts';

const secret = 'secret-0123456789abcdef';
const now = 1_700_000_000;
const body = 'command=%2Fairank&text=2024+top10';

function req(ts: number, overrides: { signature?: string; body?: string } = {}) {
  return { timestamp: String(ts), signature: overrides.signature ?? signBody(secret, ts, body), rawBody: overrides.body ?? body };
}

describe('verifyRequest', () => {
  it('accepts a correctly signed fresh request, at both ends of the window', () => {
    expect(verifyRequest(secret, req(now), now)).toBeNull();
    expect(verifyRequest(secret, req(now - 300), now)).toBeNull();
    expect(verifyRequest(secret, req(now + 300), now)).toBeNull();
  });

  it("matches Slack's documented v0 basestring", () => {
    // Example from Slack's "Verifying requests from Slack" guide.
    const slackBody =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signBody('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, slackBody)).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });

  it.each([
    ['stale', req(now - 301), 'old'],
    ['future-dated', req(now + 301), 'future'],
    ['tampered body', { ...req(now), rawBody: `${body}0` }, 'mismatch'],
    ['wrong secret', req(now, { signature: signBody('other-secret', now, body) }), 'mismatch'],
    ['missing timestamp', { ...req(now), timestamp: undefined }, 'timestamp'],
    ['missing signature', { ...req(now), signature: undefined }, 'signature'],
  ])('rejects a %s request', (_name, request, reason) => {
    expect(verifyRequest(secret, request, now)).toContain(reason);
  });
});
