// Builds the Bolt app around an answer service, so tests and the load script can use a
// fake core or the real database (in worker threads) without touching Slack.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, SocketModeReceiver, webApi, type Logger } from '@slack/bolt';
import type { Asker } from '../query/asker.ts';

import { fixedAsker, inProcessService, type AnswerService } from './answers/answerService.ts';
import { dedupeMiddleware, RecentIds } from './dedupe.ts';
import { logInternalError, newErrorId } from './delivery/errors.ts';
import { newHealth, type Health } from './health.ts';
import { backgroundAuthorize } from './authorize.ts';
import { consoleLogger } from './logger.ts';
import { registerListeners } from './listeners/index.ts';
import { guardIntake, type Intake } from './intake.ts';
import { isSendsHeld, type Journal } from './delivery/journal.ts';
import { createVerifyingReceiver } from './receiver.ts';
import type { Deps } from './delivery/reply.ts';
import type { TableStyle } from './render/table.ts';
import { postingSafeClient } from './delivery/retryPolicy.ts';
import { superviseSocket, type BackoffOptions, type SocketSupervisor } from './socketSupervisor.ts';
import type { CorrectionsDeps } from './delivery/reply.ts';

export interface CreateAppOptions {
  /** Where answers come from: a service (worker pool), or an Asker run in process (tests). The caller closes either. */
  answers?: AnswerService;
  asker?: Asker;
  botToken: string;
  /** HTTP mode: requests are verified with this secret. */
  signingSecret?: string;
  /** Socket Mode when set (xapp- token); signingSecret is then unused. */
  appToken?: string;
  /** Web API base URL override (tests, enterprise proxies). Must end with "/". */
  apiUrl?: string;
  tableStyle?: TableStyle;
  logger?: Logger;
  /** Proposal store and figures look-ups for "Propose a correction" (issue 16). */
  corrections?: CorrectionsDeps;

  /** Web API client timeout (ms); a post that times out is never re-sent (deliver.ts). */
  timeoutMs?: number;
  /** Socket Mode reconnect backoff (tests shorten it). */
  backoff?: BackoffOptions;
  health?: Health;
  /** Records every request before it is acked and drops repeats (journal.ts); none in most unit tests. */
  journal?: Journal;
}

export interface AirankApp {
  app: App;
  /** A Web API client with the bot token, for work outside requests (correction notices). */
  client: App['client'];
  health: Health;
  /** What listeners use (answers, logger, ...), for answering journalled requests (recover.ts). */
  deps: Deps;
  /** The journalled door, for draining on SIGTERM; null without a journal. */
  intake: Intake | null;
  /** Starts listening; returns the bound HTTP port (0 in Socket Mode). */
  start(port?: number): Promise<number>;
  stop(): Promise<void>;
}

export function createApp(options: CreateAppOptions): AirankApp {
  const logger = options.logger ?? consoleLogger();
  const health = options.health ?? newHealth(options.appToken ? 'socket' : 'http');
  const answers = options.answers ?? (options.asker ? inProcessService(fixedAsker(options.asker)) : null);
  if (!answers) throw new Error('createApp: answers or asker is required');
  const api = options.apiUrl ? { slackApiUrl: options.apiUrl } : {};
  const clientOptions = { ...api, ...postingSafeClient, timeout: options.timeoutMs ?? 10_000 };

  const auth = backgroundAuthorize(options.botToken, logger, clientOptions);
  const { authorize } = auth;
  let app: App;
  let socket: SocketSupervisor | null = null;
  if (options.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger,
      autoReconnectEnabled: false, // socketSupervisor.ts reconnects, forever
      // Each attempt is one apps.connections.open call, logged by the supervisor.
      installerOptions: { clientOptions: { ...api, retryConfig: { retries: 0 } } },
      customPropertiesExtractor: (args) => ({ envelopeId: (args as { envelope_id?: string }).envelope_id }),
    });
    app = new App({ authorize, receiver, logger, clientOptions });
    socket = superviseSocket(receiver, logger, health, options.backoff);
  } else {
    if (!options.signingSecret) throw new Error('createApp: signingSecret is required without appToken');
    const receiver = createVerifyingReceiver(options.signingSecret, logger, health);
    app = new App({ authorize, receiver, logger, clientOptions });
  }

  const intake = options.journal ? guardIntake(app, options.journal, logger) : null;
  app.use(dedupeMiddleware(new RecentIds(), logger));
  const deps: Deps = { answers, logger, tableStyle: options.tableStyle ?? 'table', corrections: options.corrections, journal: options.journal };
  registerListeners(app, deps);

  // Anything a listener did not catch: log it under an id, never show a stack to users.
  // A send held by a SIGTERM drain goes back to intake.ts, which leaves the request pending.
  app.error(async (error) => {
    if (isSendsHeld(error)) throw error;
    logInternalError(logger, newErrorId(), error, 'unhandled listener error');
  });

  return {
    app,
    // app.client has no token: the App authorizes per request (authorize.ts).
    client: new webApi.WebClient(options.botToken, { ...clientOptions, logger }),
    health,
    deps,
    intake,
    async start(port = 3000) {
      if (socket) {
        await socket.start();
        return 0;
      }
      const started = (await app.start(port)) as unknown;
      return ((started as Server).address() as AddressInfo).port;
    },
    async stop() {
      auth.stop();
      if (socket) await socket.stop();
      else await app.stop();
    },
  };
}
