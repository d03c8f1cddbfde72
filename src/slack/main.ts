// `npm run bot`: read the environment, open the shared state (journal of acked requests,
// proposals), start the pool of answer workers over the database (each reloads it when it
// is rebuilt), start the Slack app, and answer what a previous process acked but never
// answered. Configuration problems stop startup with their variable named; Slack outages
// do not stop it (socketSupervisor.ts). SIGTERM stops accepting, drains the requests in
// flight for at most AIRANK_DRAIN_MS, lets answers already going out finish (at most one
// request timeout more), then exits; what is left stays in the journal, pending.
import { createServer } from 'node:http';
import { FiguresLookup } from '../corrections/figuresLookup.ts';
import { deliverNotices } from '../corrections/notify.ts';
import { ProposalStore } from '../corrections/store.ts';
import { openState, stateUrl } from '../state/open.ts';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { newHealth, noteDatabaseEvent } from './health.ts';
import { Journal } from './delivery/journal.ts';
import { installLastResort } from './lastResort.ts';
import { consoleLogger } from './logger.ts';
import { serveHealth } from './receiver.ts';
import { recovery } from './recover.ts';
import { HTTP_TIMEOUT_MS } from './delivery/retryPolicy.ts';
import { workerPool } from './workers/workerPool.ts';

/** After the drain, how long answers already going out may take: one request timeout and some. */
const SEND_GRACE_MS = HTTP_TIMEOUT_MS + 2_000;

const within = <T>(ms: number, work: Promise<T>): Promise<T | undefined> => Promise.race([work, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = consoleLogger();
  installLastResort(logger);
  // The journal and proposals live in the shared state store (AIRANK_STATE_URL, else AIRANK_CORRECTIONS_DB).
  let state, journalState;
  try {
    state = await openState();
    journalState = await openState(undefined, { durability: 'process' });
  } catch (error) {
    console.error(
      `airank bot cannot start: the state store ${stateUrl().replace(/:[^:@/]*@/, ':***@')} cannot be opened (${(error as Error).message}); set AIRANK_STATE_URL to a reachable Postgres URL or AIRANK_CORRECTIONS_DB to a writable file`,
    );
    process.exit(1);
  }
  const corrections = { store: new ProposalStore(state), figures: new FiguresLookup(config.dbPath) };
  const journal = new Journal(journalState, logger);
  await journal.start();
  const health = newHealth(config.mode);
  const answers = workerPool({
    dbPath: config.dbPath,
    size: config.workers,
    onEvent: (event) => {
      noteDatabaseEvent(health, event);
      if (event.kind === 'opened')
        logger.info(`airank: ${event.reload ? 'rebuilt database picked up' : 'database opened'}: ${event.file} (snapshot ${event.snapshot})`);
      else if (event.kind === 'missing')
        logger.error(`airank: DATABASE MISSING at ${event.file}; every question is answered with a notice until "npm run setup" rebuilds it`);
      else logger.error(`airank: database at ${event.file} could not be opened (${event.detail}); still answering from the previous one if any`);
    },
    onWorkerError: (error) => logger.error(`airank: answer worker failed and was replaced: ${error.stack ?? error.message}`),
  });
  logger.info(`airank: ${answers.size} answer worker thread(s) (AIRANK_SLACK_WORKERS); state in ${state.dialect} ${state.where}`);
  const bot = createApp({
    answers,
    corrections,
    journal,
    botToken: config.botToken,
    apiUrl: config.apiUrl,
    tableStyle: config.tableStyle,
    logger,
    health,
    ...(config.mode === 'socket' ? { appToken: config.appToken } : { signingSecret: config.signingSecret }),
  });
  const port = await bot.start(config.mode === 'http' ? config.port : undefined);
  logger.info(config.mode === 'socket' ? 'airank bot running in Socket Mode' : `airank bot listening on :${port}/slack/events (health: /healthz)`);
  const healthServer = config.mode === 'socket' && config.healthPort ? createServer((_req, res) => serveHealth(res, health)).listen(config.healthPort) : null;
  // Requests a stopped or crashed process acked but never answered, now and whenever a peer dies.
  const orphans = recovery(journal, bot.deps, bot.client, logger);
  orphans.start(journal.timing.heartbeatMs);
  // Decisions made while no token was at hand reach their proposers now.
  void deliverNotices(corrections.store, bot.client).then(
    (r) =>
      r.sent.length + r.failed.length + r.unknown.length > 0 &&
      logger.info(`correction notices: ${r.sent.length} sent, ${r.unknown.length} possibly sent (not repeated), ${r.failed.length} still pending`),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const deadline = Date.now() + config.drainMs;
    logger.info(`airank: ${signal}: no longer accepting requests; draining ${bot.intake?.inFlight ?? 0} in flight for at most ${config.drainMs} ms`);
    await within(
      config.drainMs,
      bot.stop().catch(() => undefined),
    );
    await within(Math.max(0, deadline - Date.now()), orphans.stop());
    const drained = (await bot.intake?.drain(Math.max(0, deadline - Date.now()))) ?? true;
    // Answers still being computed are not sent now (they stay pending); those already going out are waited for.
    journal.holdSends();
    if (!drained) logger.warn(`airank: ${bot.intake?.inFlight} request(s) not answered in time; they stay in the journal for the next start (or a replica)`);
    if (!(await journal.sendsSettled(SEND_GRACE_MS)))
      logger.error('airank: an answer was still going out after its timeout; it may have been posted and is not sent again');
    await journal.leave().catch(() => undefined);
    healthServer?.close();
    await Promise.all([state.close(), journalState.close()]).catch(() => undefined);
    logger.info('airank: stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

await main();
