// Getting a message to the user, every time. Every outgoing payload passes the Block Kit
// check (render/validate.ts) first. If the usual route fails (an expired response_url,
// a message Slack refuses, a channel the bot is not in, Slack down), the same answer
// goes by chat.postEphemeral, else to the user's DM, with a line saying why; every
// failure is logged with an error id. A post whose outcome is unknown (the client timed
// out, or the connection broke after the request went out) is never sent again, since it
// may already be in the channel. A response_url that does not answer within 10 s is
// treated as down (Slack answers them at once), and the fallback goes.
import type { AllMiddlewareArgs, Logger, RespondFn } from '@slack/bolt';
import { t } from '../../i18n/t.ts';
import { logInternalError, newErrorId } from './errors.ts';
import type { SlackMessage } from '../render/answer.ts';
import type { FittedMessage } from '../render/fit.ts';
import { withNotice } from '../render/notice.ts';
import { asPlainSections, checked } from '../render/validate.ts';
import { retryRateLimited } from './retryPolicy.ts';
import { openDm, uploadFile } from './upload.ts';
import type { Lang } from '../../domain/lang.ts';

type WebClient = AllMiddlewareArgs['client'];

export interface Destination {
  client: WebClient;
  userId: string;
  channelId?: string;
  threadTs?: string;
  lang: Lang;
  /** Slack message metadata for a visible post (route 'message'): the journal key, so a crash recovery can find it (recover.ts). */
  metadata?: { event_type: string; event_payload: Record<string, string> };
  /** The usual route: the request's response_url, or a visible post in the channel (mentions). */
  via: { respond: RespondFn; responseType: 'ephemeral' | 'in_channel'; replaceOriginal?: boolean } | { post: 'message' | 'ephemeral' };
}

export type Route = 'response_url' | 'message' | 'ephemeral' | 'dm';
export type Delivery = { delivered: Route } | { delivered: null; unknown: boolean };

type Reason = 'expired' | 'invalid' | 'notInChannel' | 'unavailable';

interface Failure {
  reason: Reason;
  /** The request may have been carried out (timeout): do not send the answer again. */
  ambiguous: boolean;
}

const INVALID = new Set(['invalid_blocks', 'invalid_blocks_format', 'invalid_attachments', 'msg_too_long', 'invalid_arguments', 'no_text']);
const NOT_IN_CHANNEL = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action', 'cannot_dm_bot', 'user_not_in_channel']);

/** Transport failures that happen before a request is written: it cannot have reached Slack. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** How a request failed below HTTP: no answer in time, a connection lost (possibly after Slack took it), or none of these. */
function transportFailure(error: unknown): 'timeout' | 'lost' | null {
  const e = error as { name?: string; cause?: { code?: string } } | null;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timeout';
  // fetch rejects with a TypeError whose cause is the socket error.
  if (e instanceof TypeError && e.cause) return NOT_SENT.has(e.cause.code ?? '') ? null : 'lost';
  return null;
}

export function classify(error: unknown, route?: Route): Failure {
  const e = error as { code?: string; statusCode?: number; data?: { error?: string }; original?: unknown };
  const transport = transportFailure(e?.code === 'slack_webapi_request_error' ? e.original : error);
  if (transport === 'lost') return { reason: 'unavailable', ambiguous: true };
  // A response_url that never answers is down; a Web API call that timed out may have been carried out.
  if (transport === 'timeout') return { reason: 'unavailable', ambiguous: route !== 'response_url' };
  if (e?.code === 'slack_bolt_respond_error') {
    if (e.statusCode === 404 || e.statusCode === 410) return { reason: 'expired', ambiguous: false };
    if (e.statusCode === 400) return { reason: 'invalid', ambiguous: false };
    return { reason: 'unavailable', ambiguous: false };
  }
  if (e?.code === 'slack_webapi_platform_error') {
    const code = e.data?.error ?? '';
    if (INVALID.has(code)) return { reason: 'invalid', ambiguous: false };
    if (NOT_IN_CHANNEL.has(code)) return { reason: 'notInChannel', ambiguous: false };
    return { reason: 'unavailable', ambiguous: false };
  }
  return { reason: 'unavailable', ambiguous: false };
}

function strip(message: FittedMessage): SlackMessage {
  return { text: message.text, blocks: message.blocks };
}

async function send(dest: Destination, route: Route, full: SlackMessage): Promise<void> {
  const { client } = dest;
  // A text-only notice goes without an empty blocks list.
  const message = full.blocks.length > 0 ? full : { text: full.text };
  const thread = dest.threadTs ? { thread_ts: dest.threadTs } : {};
  switch (route) {
    case 'response_url': {
      if (!('respond' in dest.via)) throw new Error('no response_url');
      const { respond, responseType, replaceOriginal } = dest.via;
      await respond({ response_type: responseType, ...(replaceOriginal === undefined ? {} : { replace_original: replaceOriginal }), ...message });
      return;
    }
    case 'message':
      await client.chat.postMessage({ channel: dest.channelId!, ...thread, ...message, ...(dest.metadata ? { metadata: dest.metadata } : {}) });
      return;
    case 'ephemeral':
      await client.chat.postEphemeral({ channel: dest.channelId!, user: dest.userId, ...thread, ...message });
      return;
    case 'dm':
      await client.chat.postMessage({ channel: await openDm(client, dest.userId), ...message });
      return;
  }
}

/** The routes to try, in order: the usual one, then ephemeral in the channel, then the DM. */
function routes(dest: Destination): Route[] {
  const first: Route = 'respond' in dest.via ? 'response_url' : dest.via.post;
  const rest: Route[] = dest.channelId ? ['ephemeral', 'dm'] : ['dm'];
  return [first, ...rest.filter((r) => r !== first)];
}

export async function deliver(logger: Logger, dest: Destination, fitted: FittedMessage, context: string): Promise<Delivery> {
  const gate = checked(strip(fitted));
  if (gate.problems.length > 0) logger.warn(`airank repaired a message before sending (${context}): ${gate.problems.join('; ')}`);
  let message = gate.message;

  if (fitted.file) {
    try {
      await uploadFile(dest.client, {
        channelId: await openDm(dest.client, dest.userId),
        file: Buffer.from(fitted.file.content, 'utf8'),
        filename: fitted.file.filename,
        title: fitted.file.title,
        comment: `*${fitted.file.title}*`,
      });
    } catch (error) {
      const id = newErrorId();
      logInternalError(logger, id, error, `file upload for ${context}`);
      message = withNotice(message, t(dest.lang, 'slack.fileFailed', { id }));
    }
  }

  const base = message;
  /** Set once Slack refused the layout: every later route sends the plain-text version. */
  let refusedId: string | null = null;
  const tried = routes(dest);
  for (let i = 0; i < tried.length; i++) {
    const route = tried[i];
    try {
      await retryRateLimited(() => send(dest, route, message));
      return { delivered: route };
    } catch (error) {
      const id = newErrorId();
      const failure = classify(error, route);
      logInternalError(logger, id, error, `delivery by ${route} (${failure.reason}) of ${context}`);
      if (failure.ambiguous) {
        logger.error(`airank error id=${id}: ${route} timed out or lost its connection and may have been posted; not sent again, to avoid a duplicate`);
        return { delivered: null, unknown: true };
      }
      const next = tried[i + 1];
      if (!next) break;
      if (failure.reason === 'invalid') refusedId ??= id;
      const body = refusedId ? withNotice(asPlainSections(base), t(dest.lang, 'slack.asText', { id: refusedId })) : base;
      const reason = t(dest.lang, `slack.reason.${failure.reason}`);
      message = withNotice(body, t(dest.lang, next === 'dm' ? 'slack.viaDm' : 'slack.viaEphemeral', { reason, id }));
    }
  }
  logger.error(`airank could not deliver ${context} by any route (${tried.join(', ')})`);
  return { delivered: null, unknown: false };
}
