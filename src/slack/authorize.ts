// Who the bot is, without a network call on the path to an ack. Bolt's default calls
// auth.test when the app is built: if Slack is unreachable then, the rejection goes
// unhandled and the process exits, and the failure is cached, so no request is ever
// answered. Here the token is known up front; the bot's own ids (used to strip its
// mention) come from an auth.test made in the background and retried until it succeeds.
import { webApi, type Authorize, type Logger } from '@slack/bolt';
import { backoffDelay } from './socketSupervisor.ts';

export interface BackgroundAuthorize {
  authorize: Authorize<boolean>;
  stop(): void;
}

export function backgroundAuthorize(botToken: string, logger: Logger, clientOptions: webApi.WebClientOptions): BackgroundAuthorize {
  const client = new webApi.WebClient(botToken, { ...clientOptions, logger, retryConfig: { retries: 0 } });
  let ids: { botId?: string; botUserId?: string; teamId?: string } = {};
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let attempt = 0;

  const identify = async (): Promise<void> => {
    attempt += 1;
    try {
      const r = await client.auth.test();
      ids = { botId: r.bot_id, botUserId: r.user_id, teamId: r.team_id };
      if (attempt > 1) logger.info(`airank: bot identity confirmed by auth.test after ${attempt} attempts`);
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      const delay = backoffDelay(attempt);
      logger.error(`airank: auth.test attempt ${attempt} failed (${code ?? (error as Error).message}); answering meanwhile, retrying in ${delay} ms`);
      if (!stopped) timer = setTimeout(() => void identify(), delay);
    }
  };
  void identify();

  return {
    authorize: async () => ({ botToken, ...ids }),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
