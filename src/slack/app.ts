// Builds the Bolt app around an injected Asker, so tests and the load script can use a
// fake core or the real read-only database without touching Slack.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, type Logger } from '@slack/bolt';
import type { Asker } from '../query/asker.ts';
import type { CorrectionsDeps } from './listeners/corrections/index.ts';
import { logInternalError, newErrorId } from './errors.ts';
import { consoleLogger } from './logger.ts';
import { registerListeners } from './listeners/index.ts';
import { createVerifyingReceiver } from './receiver.ts';
import type { TableStyle } from './render/table.ts';

export interface CreateAppOptions {
  asker: Asker;
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
}

export interface AirankApp {
  app: App;
  /** Starts listening; returns the bound HTTP port (0 in Socket Mode). */
  start(port?: number): Promise<number>;
  stop(): Promise<void>;
}

export function createApp(options: CreateAppOptions): AirankApp {
  const logger = options.logger ?? consoleLogger();
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    // Short retries and a timeout: a slow Slack must not pile up pending answers.
    retryConfig: { retries: 2, factor: 1.5 },
    timeout: 10_000,
  };

  let app: App;
  if (options.appToken) {
    app = new App({ token: options.botToken, appToken: options.appToken, socketMode: true, logger, clientOptions });
  } else {
    if (!options.signingSecret) throw new Error('createApp: signingSecret is required without appToken');
    const receiver = createVerifyingReceiver(options.signingSecret, logger);
    app = new App({ token: options.botToken, receiver, logger, clientOptions });
  }

  registerListeners(app, { asker: options.asker, logger, tableStyle: options.tableStyle ?? 'table', corrections: options.corrections });

  // Anything a listener did not catch: log it under an id, never show a stack to users.
  app.error(async (error) => {
    logInternalError(logger, newErrorId(), error, 'unhandled listener error');
  });

  return {
    app,
    async start(port = 3000) {
      const started = (await app.start(port)) as unknown;
      if (options.appToken) return 0;
      return ((started as Server).address() as AddressInfo).port;
    },
    async stop() {
      await app.stop();
    },
  };
}
